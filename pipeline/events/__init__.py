"""Events stage: an Article with sentences, entities and dates in, the same Article with
``mentions`` out (one ``Mention`` per event the document speaks of).

Place in the flow: the last per-document stage, after dates; merging across documents comes next.
The steps, one module each, in the order a reader follows them:

1. ``grammar``: the language's event data (``lang/<language>/events.json``) compiled once;
2. ``triggers``: cue words of the four event types in a sentence, each a ``Cue`` with the event's
   name (``names``) and edition;
3. ``frames``: a trigger with its arguments: the clause that belongs to it, and the entities and
   dates of that clause (a ``Reference``), an office named by its country standing for its holder
   (``offices``); ``counterparts``: coordinated clauses share their subject, a frame meeting several
   counterparts separately becomes one frame each, a pronoun subject and a lead without cue word
   point back;
4. ``segmentation``: which frames of one document speak of one real event (a ``Cluster``);
5. ``fields``: one Mention per cluster the text makes specific and diplomatic (``diplomatic``),
   its fields filled from the cluster's frames (``places`` for city and country, ``participants``
   for persons and countries), each with the sentence it was read from (``evidence``).
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Article, Mention
from .counterparts import lead_as_antecedent, one_frame_per_counterpart, pronoun_subjects
from .fields import Rejection, build_mention, next_of_series
from .frames import make_references
from .grammar import grammar
from .participants import hosts_join_their_visit, visits_from_their_arrival, visits_under_way
from .places import place_talks_within_their_visit
from .segmentation import _attach_attendance, cluster_references, merge_same_day_talks


def find_events(article: Article) -> Article:
    """The Article with ``mentions``: every event it speaks of, one Mention per (document, event)."""
    headline_end = article.title_start + len(article.title) if article.title_start >= 0 else -1
    frames = [frame for sentence in article.sentences if grammar(sentence.language)
              for frame in one_frame_per_counterpart(
                  make_references(article, grammar(sentence.language), sentence),
                  article.text, grammar(sentence.language), headline_end)]
    if not frames:
        return replace(article, mentions=())
    frames = pronoun_subjects(lead_as_antecedent(frames, article), article)
    clusters = cluster_references(frames, article.published, grammar(frames[0].language), article.text)
    _attach_attendance(article, clusters)
    built = [build_mention(cluster, article, grammar(cluster.references[0].language))
             for cluster in clusters]
    built = place_talks_within_their_visit(built, clusters, article)
    built = next_of_series(built, clusters)
    built = hosts_join_their_visit(built, article)
    built = visits_under_way(built, article)
    built = visits_from_their_arrival(built, article)
    mentions = [m for m in built if isinstance(m, Mention)]
    rejected = tuple(f"rejected {r.note()}" for r in built if isinstance(r, Rejection))
    return replace(article, mentions=tuple(merge_same_day_talks(mentions)),
                   notes=article.notes + (rejected if not mentions else ()))
