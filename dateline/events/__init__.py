"""Events: triggers from the codebook, arguments from the dependency parse."""
