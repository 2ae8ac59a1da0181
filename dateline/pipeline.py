"""One article in, one result out: the unit every front end (CLI, web, batch) calls."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Mapping

from .about import OUTPUT_VERSION, __version__
from .datafiles import read_data
from .actors.gazetteer import Gazetteer
from .actors.resolve import ActorMatcher, resolve_actors
from .actors.types import Actor, Mention
from .events.confidence import calibrate, load_model
from .events.consolidate import consolidate
from .events.contexts import event_contexts
from .events.extract import EventExtractor
from .events.lexicon import Lexicon
from .errors import DatelineError, ProcessingError
from .events.types import Attribution, Event
from .ingest.article import Article, ArticleReader
from .nlp import MODEL_NAME, load_pipeline, parse_regions
from .time import TimeExpr, TimeTagger

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["ArticleResult", "Context", "default_context", "extract", "process_article", "process_item"]


@dataclass
class Context:
    """Everything loaded once and shared by every article: model, gazetteer, codebook, tagger."""

    nlp: "Language"
    gazetteer: Gazetteer
    lexicon: Lexicon
    tagger: TimeTagger
    reader: ArticleReader
    matcher: ActorMatcher
    extractor: EventExtractor
    not_actors: frozenset[str] = frozenset()

    @classmethod
    def load(cls, *, model: str = MODEL_NAME, gazetteer: Gazetteer | None = None) -> "Context":
        nlp = load_pipeline(model)
        gz = gazetteer or Gazetteer.load()
        lexicon = Lexicon.load()
        return cls(
            nlp=nlp,
            gazetteer=gz,
            lexicon=lexicon,
            tagger=TimeTagger.load(),
            reader=ArticleReader(agency=gz.agency, glued_names=gz.person_names()),
            matcher=ActorMatcher(nlp, gz),
            extractor=EventExtractor(lexicon),
            not_actors=frozenset(read_data("names/not_actors.yaml")["not_actors"]),
        )


@cache
def default_context() -> Context:
    """A Context with the bundled model and data, loaded on first use (read-only afterwards)."""
    return Context.load()


@dataclass(frozen=True)
class ArticleResult:
    """What Dateline found in one article; ``to_dict`` is the JSON output, version 1."""

    article: Article
    times: tuple[TimeExpr, ...]
    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        by_actor: dict[str, list[dict]] = {}
        for m in self.mentions:
            key = m.acts_as if m.acts_as and m.actor not in {a.id for a in self.actors} else m.actor
            by_actor.setdefault(key, []).append({"start": m.start, "end": m.end, "text": m.text, "how": m.how})
        actors = []
        for a in self.actors:
            d = a.to_dict()
            d["mentions"] = by_actor.get(a.id, [])
            actors.append(d)
        return {
            "dateline_version": __version__,
            "format": OUTPUT_VERSION,
            "article": self.article.to_dict(),
            "times": [t.to_dict() for t in self.times],
            "actors": actors,
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }


def process_article(article: Article, ctx: Context) -> ArticleResult:
    """Parse, tag times, resolve actors and extract events for one article."""
    paragraphs = parse_regions(ctx.nlp, article.text, article.regions)
    published = article.published
    times = tuple(ctx.tagger.tag(article.text, published, regions=article.regions, paragraphs=paragraphs)) \
        if published is not None else ()
    day = article.published_date
    source = ctx.gazetteer.get(article.source_id)
    voice = source.country if source else None  # the publisher's country ("the Korean people" in KCNA)
    actors = resolve_actors(paragraphs, ctx.matcher, day, ctx.lexicon.sector_nouns, ctx.not_actors, voice=voice)
    publisher = _publisher(article, source, actors)
    mentions = ctx.extractor(paragraphs, actors, times, day, voice=voice)
    events = consolidate(mentions, actors, day, publisher, lag_days=source.report_lag_days if source else 0)
    events = [replace(e, contexts=event_contexts(e, actors)) for e in events]
    events = calibrate(events, article.text, lambda i: i not in actors.actors or actors.actors[i].known, day,
                       load_model(source.confidence_model if source else None))
    used = [m.actor for m in actors.mentions] + [x for e in events for x in (*e.actors, *e.recipients)]
    used += [a.actor for e in events for a in e.attribution if a.actor]
    return ArticleResult(
        article=article,
        times=times,
        actors=tuple(actors.used(used)),
        mentions=tuple(actors.mentions),
        events=tuple(events),
        warnings=article.warnings,
    )


def _publisher(article: Article, source, actors) -> Attribution | None:
    """The last link of every attribution chain: the outlet that published the article."""
    if source is not None:
        actors.entry_actor(source)
        return Attribution(source.id, "published", article.source)
    if article.source:
        aid = actors.unknown(article.source, "organisation", sector="MED")
        return Attribution(aid, "published", article.source)
    return None


def read_any(data: Any, ctx: Context, *, verbatim: bool = False, fields: Mapping[str, str] | None = None,
             **metadata: Any) -> Article:
    """An Article from text, HTML, bytes, a record (mapping) or an Article."""
    if isinstance(data, Article):
        return data
    if isinstance(data, Mapping):
        return ctx.reader.read_record(data, fields=fields, verbatim=verbatim, **metadata)
    return ctx.reader.read(data, verbatim=verbatim, **metadata)


def extract(data: Any, *, ctx: Context | None = None, verbatim: bool = False, **metadata: Any) -> dict[str, Any]:
    """Text, HTML, a JSON article record or an Article in; Dateline's JSON structure out.

    ``metadata``: published, source, url, title, byline (they override what the text says).
    """
    ctx = ctx or default_context()
    article = read_any(data, ctx, verbatim=verbatim, **metadata)
    return process_article(article, ctx).to_dict()




def process_item(data: Any, ctx: Context, *, verbatim: bool = False, **metadata: Any) -> ArticleResult:
    """read_any + process_article for batches: a bug on one item becomes a coded D090 error."""
    try:
        return process_article(read_any(data, ctx, verbatim=verbatim, **metadata), ctx)
    except DatelineError:
        raise
    except Exception as exc:  # noqa: BLE001 - one item must never take a batch down
        raise ProcessingError.wrap(exc) from exc
