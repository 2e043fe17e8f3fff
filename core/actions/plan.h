#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>
#include <vector>

namespace slaops::actions {

enum class ActionKind { DivertTraffic, RateLimit, MigrateSessions };

// "divert-traffic", "rate-limit", "migrate-sessions": the CLI's words and the audit log's.
QString actionName(ActionKind kind);
std::optional<ActionKind> actionFromName(const QString &name);

// One thing the executor runs. For kubectl, `args` is the whole argument list after the binary (which
// the executor finds itself), --context and --namespace included; the executor adds --kubeconfig when
// one is given. For HTTP, the token is added by the executor from the keychain and never appears here,
// so a Command may be shown, logged and written to the audit log as it is.
struct Command {
    enum class Type { None, Kubectl, Http };
    Type type = Type::None;
    QStringList args;  // Kubectl
    QByteArray method; // Http: GET, POST
    QUrl url;          // Http
    QByteArray body;   // Http: JSON, empty for GET
    QString purpose;   // for people: "read the Service", "server dry run", ...

    bool isNull() const { return type == Type::None; }
    // What the preview shows and the audit log records: "kubectl --context erlmcp-prod ..." with
    // arguments quoted the way a POSIX shell would need them, or "POST https://.../api/rate-limit {...}".
    QString display() const;
    QJsonObject toJson() const;
    static std::optional<Command> fromJson(const QJsonObject &json);
};

// What a confirmation names in full.
struct Target {
    QString context;   // kubeconfig context; for REST actions the API's host
    QString nameSpace; // empty for REST
    QString kind;      // "Service", "Pod", "REST API"
    QString name;      // erlmcp-service, erlmcp-session-manager, https://127.0.0.1:8443/api/rate-limit
    bool production = true;
    QString colour; // "#rrggbb" from the profile; empty for none
    // What a production confirmation must have typed: the object's name.
    QString confirmationWord() const { return name; }
};

// A condition that must hold before the action runs, checked against the live figures.
struct PreCheck {
    QString what; // "eu-west-1 is in trouble"
    bool passed = false;
    QString detail; // the figures behind it: "error rate 2.3 % (target 0.01 %)"
};

// A figure the action is meant to bring back within its target.
struct Effect {
    QString slaId;
    QString region; // empty: the fleet figure
    QString text;   // "error rate back under 0.01 %"
};

// A planned action (DESIGN.md §3: pure, from the snapshot and the profile). It is made in two steps:
// Planner::plan gives the pre-checks, the effects and `read` (the command that reads the object's
// current state); Planner::withState completes it from what `read` returned: `apply`, `dryRun` and
// the state key that must still hold when the action is applied.
struct Plan {
    ActionKind kind = ActionKind::DivertTraffic;
    QString title;     // "Divert traffic away from eu-west-1"
    QString rationale; // why, from the figures
    Target target;
    std::vector<PreCheck> preChecks;
    std::vector<Effect> effects;
    QJsonObject parameters; // {"from":..., "to":[...]} / {"limit":N|null, "region":...}: audit and rollback

    Command read;   // reads the current state
    Command dryRun; // the server's dry run of `apply` (kubectl --dry-run=server, migrate-sessions --dry-run,
                    // for REST none: the preview shows the request and the state it replaces)
    Command apply;

    // From withState: the state `read` returned (the rollback restores it) and its key (resourceVersion
    // and the value the action changes): if a second read just before applying gives another key, the
    // object changed since the preview and nothing is applied.
    QByteArray stateBefore;
    QString stateKey;
    bool isRollback = false;
    QString error; // set when no plan can be made (bad arguments, missing profile section): nothing runs

    bool ready() const { return error.isEmpty() && !apply.isNull(); }
    bool checksPass() const
    {
        for (const PreCheck &c : preChecks)
            if (!c.passed)
                return false;
        return true;
    }
    QJsonObject toJson() const; // for the audit log: kind, title, target, parameters, commands, checks,
                                // stateBefore (as text) and stateKey
    // Back from an intent record, for `slaops action rollback` and the audit viewer; empty when the
    // object is not a plan this version wrote.
    static std::optional<Plan> fromJson(const QJsonObject &json);
};

} // namespace slaops::actions
