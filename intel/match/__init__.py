"""Account matching: which of a workspace's accounts an article is really about.

``AccountIndex.build(entries)`` compiles the accounts once; ``index.match(title, text,
links=..., cik=...)`` returns one ``AccountMatch`` per account found, title matches
first. Precision comes first: a name that is also a common word ("Apple", "Target",
"Block") counts only when capitalised and corroborated or plainly used as a company's
name; see ``intel.match.resolve`` for the rules.
"""

from __future__ import annotations

from intel.match.entry import AccountEntry
from intel.match.index import AccountIndex
from intel.types import AccountMatch, Salience

__all__ = ["AccountEntry", "AccountIndex", "AccountMatch", "Salience"]
