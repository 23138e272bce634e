"""Trigger-event classification: which events (funding, acquisition, ...) an article reports.

``classify_article(title, summary, body)`` is pure, thread-safe and fast (compiled
rules, no I/O). It returns at most one :class:`~intel.types.EventHit` per type, never
``EventType.MENTION``. Hits below ``DEFAULT_MIN_CONFIDENCE`` are kept for ranking and
debugging but are not labels.

Fields per type (only the keys found):

- funding: ``amount`` (float, units), ``currency`` (ISO), ``round``, ``investors`` (list)
- acquisition: ``acquirer``, ``target``, ``price``, ``currency``
- leadership: ``person``, ``title``, ``direction`` ("joining" | "leaving")
- layoffs: ``headcount`` (int), ``percentage`` (float)
- earnings: ``period``, ``revenue``, ``currency``, ``figures`` (list), ``kind`` ("dividend")
- expansion: ``place``, ``unit``
- event: ``event_name``
- partnership: ``partner``; product: ``product``; contract: ``value``, ``currency``;
  ipo: ``exchange``, ``amount``, ``currency``

Policies:

- Negated or denied events ("denies acquisition talks", "rules out layoffs", "calls off
  the merger") give no hit. Rumours, talks, reports and modal speculation ("in talks to
  buy", "reportedly exploring a sale", "may file for an IPO") give a hit with
  ``hedged=True`` and 0.75x the confidence; a headline asked as a question gets 0.55x.
- Where a phrase fires: title 1.0x, summary 0.85x; the body lead (first 300 characters)
  0.7x and only for triggers written for wire-story leads (results tables such as
  "Shr 22 cts vs 18 cts", "said it agreed to acquire").
- Dividend declarations count as earnings (as wire services file them), with a lower
  confidence and ``fields["kind"] = "dividend"``; stock splits and previews do not.
- A company taking a minority stake or building one through share purchases counts as
  acquisition (a possible precursor of control), not funding.
"""

from __future__ import annotations

from intel.classify.engine import classify_article

DEFAULT_MIN_CONFIDENCE: float = 0.5

__all__ = ["DEFAULT_MIN_CONFIDENCE", "classify_article"]
