// Communities: the Partition type and summaries of communities, modularity and CPM,
// Leiden, Louvain, label propagation, partitions from an actor attribute, and the
// one-call community analysis.
#pragma once

#include "analysis/community/partition.hpp"
#include "analysis/community/community_summary.hpp"
#include "analysis/community/group_attribute.hpp"
#include "analysis/community/modularity.hpp"
#include "analysis/community/leiden.hpp"
#include "analysis/community/louvain.hpp"
#include "analysis/community/label_propagation.hpp"
#include "analysis/community/consensus.hpp"
#include "analysis/community/communities.hpp"
