"""Reading input: files, records and pages in; clean Article values out."""
