"""export: the edge policy -- which predicate gives which edge of the network, in which direction,
and how it reads as a sentence. The only list of edge predicates: exports, trace, analyse and
stats all read it from here. Importing it loads no library (rdflib only when an IRI is spelled).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EdgeRule:
    """One line of the edge policy.

    ``path`` is one predicate (a plain fact edge from subject to object) or two (subject ->
    intermediate -> object, the intermediate node dropped). ``role`` marks the edges of an n-ary
    agreement or event (subject is the agreement/event): those are folded into edges between the
    participants when ``agreements="fold"``. ``sentence`` reads the edge in its RDF direction.
    """

    kind: str
    path: tuple[str, ...]
    sentence: str
    role: str | None = None

    @property
    def label(self) -> str:
        """The relation in words, e.g. 'has exchanges with' (or the role of an n-ary edge)."""
        if self.role:
            return self.role
        return self.sentence.replace("the {s}", "").replace("the {o}", "").replace("{s}", "").replace("{o}", "").strip()


#: The links between organisations that say how one serves or works with another in defence
#: (local names in dkg:, in the order pages and screening evidence list them)
DEFENCE_LINKS: tuple[str, ...] = (
    "hasExchangesWith",
    "collaboratesWith",
    "hasCloseTiesWith",
    "fundedBy",
    "conductsResearchFor",
    "trainsPersonnelFor",
    "suppliesTo",
    "employsGraduatesOf",
    "listedAsAliasOf",
)

#: The edge policy: predicate (local name in dkg:) -> edge kind, direction (subject -> object)
#: and sentence. Anything not listed here never becomes an edge.
EDGE_POLICY: tuple[EdgeRule, ...] = (
    EdgeRule("supervisedBy", ("supervisedBy",), "{s} is supervised by {o}"),
    EdgeRule("subordinateTo", ("subordinateTo",), "{s} is subordinate to {o}"),
    EdgeRule("jointlySupervisedBy", ("jointlySupervisedBy",), "{s} is jointly supervised by {o}"),
    EdgeRule("formerlySupervisedBy", ("formerlySupervisedBy",), "{s} was formerly supervised by {o}"),
    EdgeRule("hostedBy", ("hostedBy",), "{s} is hosted by {o}"),
    EdgeRule("unitOf", ("unitOf",), "{s} is a unit of {o}"),
    EdgeRule("subsidiaryOf", ("subsidiaryOf",), "{s} is a subsidiary of {o}"),
    EdgeRule("establishedBy", ("establishedBy",), "{s} was established by {o}"),
    EdgeRule("establishedFollowing", ("establishedFollowing",), "{s} was established following the {o}"),
    EdgeRule("predecessorOf", ("predecessorOf",), "{s} is the predecessor of {o}"),
    EdgeRule("separatedFrom", ("separatedFrom",), "{s} separated from {o}"),
    EdgeRule("shareholderOf", ("shareholderOf",), "{s} is a shareholder of {o}"),
    EdgeRule("memberOf", ("memberOf",), "{s} is a member of {o}"),
    EdgeRule("hasExchangesWith", ("hasExchangesWith",), "{s} has exchanges with {o}"),
    EdgeRule("collaboratesWith", ("collaboratesWith",), "{s} collaborates with {o}"),
    EdgeRule("formerlyCollaboratedWith", ("formerlyCollaboratedWith",), "{s} formerly collaborated with {o}"),
    EdgeRule("hasCloseTiesWith", ("hasCloseTiesWith",), "{s} has close ties with {o}"),
    EdgeRule("fundedBy", ("fundedBy",), "{s} is funded by {o}"),
    EdgeRule("conductsResearchFor", ("conductsResearchFor",), "{s} conducts research for {o}"),
    EdgeRule("trainsPersonnelFor", ("trainsPersonnelFor",), "{s} trains personnel for {o}"),
    EdgeRule("suppliesTo", ("suppliesTo",), "{s} supplies {o}"),
    EdgeRule("employsGraduatesOf", ("employsGraduatesOf",), "{s} employs graduates of {o}"),
    EdgeRule("listedAsAliasOf", ("listedAsAliasOf",), "{s} is listed as an alias of {o}"),
    EdgeRule("party", ("party",), "{o} is a party to the {s}", role="party"),
    EdgeRule("concerns", ("concerns",), "the {s} concerns {o}", role="concerned"),
    EdgeRule("organisedBy", ("organisedBy",), "the {s} was organised by {o}", role="organiser"),
    EdgeRule("attendeeFrom", ("attendeeGroup", "fromOrganisation"), "{o} sent attendees to the {s}", role="attendee"),
)


def plain_edge_predicates() -> tuple[str, ...]:
    """IRIs of the predicates that are one plain edge between two nodes (not through a node)."""
    from defence_kg.core.namespaces import DKG

    return tuple(sorted({str(DKG[r.path[0]]) for r in EDGE_POLICY if len(r.path) == 1}))
