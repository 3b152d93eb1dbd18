// Everything coopnet can hold, for the write -> read tests of the lossless formats
// (GraphML, GEXF).
#pragma once

#include <limits>
#include <string>
#include <utility>

#include "core/network.hpp"

namespace coopnet::test {

inline PartialDate date(const char* text) { return *PartialDate::parse(text); }

inline TieRecord tie_between(std::string source, std::string target) {
    TieRecord tie;
    tie.source = std::move(source);
    tie.target = std::move(target);
    return tie;
}

// Everything coopnet can hold, with the awkward cases a writer must survive:
//
//   "Jugendamt" ==2.5== "a b" --(two ties, multiplex)--> "Müller & Söhne"
//        \__ self-tie                     project "p1" {a b, Jugendamt}, "Jugendamt" project
//
// ids that are not NMTOKENs ("a b", "x/y"), an id that looks like a generated one ("_n1"),
// a project sharing an actor's id, attributes named like reserved fields, an attribute
// holding a number on one actor and text on another, infinite numbers, empty strings.
inline Network rich_network(bool directed) {
    NetworkBuilder builder;
    builder.set_name("Soziale Stadt <Nord> & \"Süd\"");
    builder.set_directed(directed);
    builder.set_projection_weighting(ProjectionWeighting::Newman);
    builder.add_actor(Actor{"Jugendamt",
                            "Jugendamt Mitte",
                            "municipality",
                            {{"staff", 12.0}, {"label", std::string("shadow label")}}});
    builder.add_actor(Actor{"a b",
                            "",
                            "civil_society",
                            {{"staff", std::string("unknown")}, {"note", std::string("")}}});
    builder.add_actor(Actor{"Müller & Söhne",
                            "Müller & Söhne <GmbH>\nline two",
                            "business",
                            {{"budget", std::numeric_limits<double>::infinity()},
                             {"coopnet_attr:x", std::string("prefixed")}}});
    builder.add_actor(Actor{"x/y", "  padded  ", "Quartiersbeirat", {}});
    builder.add_actor(Actor{"_n1", "", "other", {}});
    builder.add_actor(Actor{"isolate", "", "other", {}});

    TieRecord steering{"Jugendamt",
                       "a b",
                       2.5,
                       "steering",
                       Period{date("2003"), date("2006-12-31")},
                       {{"weight", 7.0}, {"minutes", std::string("monthly")}}};
    TieRecord first{"a b", "Müller & Söhne", 1.0, "exchange", Period{date("2004-05"), {}}, {}};
    TieRecord second{"a b", "Müller & Söhne", 0.125, "funding", Period{}, {{"euro", 1e6}}};
    TieRecord self{"Jugendamt", "Jugendamt", 3.0, "", Period{}, {}};
    TieRecord back{"_n1", "x/y", 1.0, "", Period{{}, date("2010")}, {}};
    builder.add_tie(steering);
    builder.add_tie(first);
    builder.add_tie(second);
    builder.add_tie(self);
    builder.add_tie(back);

    builder.add_project(ProjectRecord{"p1",
                                      "Stadtteilfest",
                                      Period{date("2005-06"), date("2005-07")},
                                      {{"budget", 4200.0}, {"sector", std::string("culture")}}});
    builder.add_project(ProjectRecord{"Jugendamt", "", Period{}, {}});
    builder.add_project(ProjectRecord{"empty", "no members", Period{}, {}});
    builder.add_membership("p1", "a b");
    builder.add_membership("p1", "Jugendamt");
    builder.add_membership("p1", "x/y");
    builder.add_membership("Jugendamt", "_n1");
    return builder.build();
}

}  // namespace coopnet::test
