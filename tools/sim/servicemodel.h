#pragma once

#include "scenario.h"

#include <QString>
#include <QStringList>
#include <cstddef>
#include <memory>
#include <vector>

class SimNode;
class SimRandom;

// What makes the simulated fleet one service rather than another: its groups of nodes (regions,
// zones) and node names, the metric families on each node's page, and how a scenario turns into
// load. The fleet keeps what every service shares: nodes and their serving state, the tick, the
// control endpoint's scenarios, the targets file.
class ServiceModel {
public:
    virtual ~ServiceModel();

    // nullptr for a name that serviceNames() does not list.
    static std::unique_ptr<ServiceModel> create(const QString &service);
    static QStringList serviceNames();

    virtual QString name() const = 0;
    // How banners and --help name what is simulated, e.g. "erlmcp v3 fleet".
    virtual QString title() const = 0;
    // The target label that says which group a node is in (region, zone); also the word in messages.
    virtual QString groupLabel() const = 0;
    virtual QStringList groups() const = 0;
    // Node i of a group is called nodeNamePrefix(group) + i.
    virtual QString nodeNamePrefix(const QString &group) const = 0;
    // Where each node serves its page (on its own port).
    virtual QString metricsPath() const = 0;
    virtual bool supportsSharedServing() const = 0;
    virtual bool supports(Scenario::Kind kind) const = 0;
    // The names of the supported scenarios, in Scenario's table order.
    QStringList scenarioNames() const;

    // Builds the families of the next node (the fleet adds them group by group, in index order) on
    // its registry.
    virtual void addNode(std::size_t group, SimNode &node) = 0;
    // Node `node` answers again after `downSeconds` without answering. Default: nothing to record.
    virtual void nodeRecovered(std::size_t node, double downSeconds);
    // One simulation step of every node; serving[i] says whether node i answers scrapes. Draws from
    // `random` in node order, so a seed repeats a run.
    virtual void tick(const Scenario &scenario, const std::vector<bool> &serving, double dtSeconds,
                      SimRandom &random) = 0;
};
