#include "jsonpatch.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace {

// RFC 6901: "/a/b~1c" -> {"a", "b/c"}; nullopt for a pointer that does not start with '/'.
std::optional<QStringList> parsePointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return QStringList{};
    if (!pointer.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &t : tokens)
        t = t.replace(QStringLiteral("~1"), QStringLiteral("/"))
                .replace(QStringLiteral("~0"), QStringLiteral("~"));
    return tokens;
}

std::optional<qsizetype> arrayIndex(const QString &token, qsizetype size, bool forAdd)
{
    if (forAdd && token == QLatin1String("-"))
        return size;
    bool ok = false;
    const qsizetype i = token.toLongLong(&ok);
    if (!ok || i < 0 || i > size || (!forAdd && i == size) ||
        (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
        return std::nullopt;
    return i;
}

std::optional<QJsonValue> get(const QJsonValue &doc, const QStringList &path)
{
    QJsonValue v = doc;
    for (const QString &t : path) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (!o.contains(t))
                return std::nullopt;
            v = o.value(t);
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            const auto i = arrayIndex(t, a.size(), false);
            if (!i)
                return std::nullopt;
            v = a.at(*i);
        } else {
            return std::nullopt;
        }
    }
    return v;
}

enum class Op { Add, Remove, Replace };

// Applies one add/remove/replace at `path` (recursively rebuilding the containers on the way).
bool modify(QJsonValue &node, const QStringList &path, qsizetype depth, Op op, const QJsonValue &value,
            QString *error)
{
    if (depth == path.size()) {
        node = value; // replacing or adding the whole document
        return true;
    }
    const QString &t = path[depth];
    const bool last = depth == path.size() - 1;
    if (node.isObject()) {
        QJsonObject o = node.toObject();
        if (last) {
            if (op != Op::Add && !o.contains(t)) {
                *error = QStringLiteral("no member \"%1\"").arg(t);
                return false;
            }
            if (op == Op::Remove)
                o.remove(t);
            else
                o.insert(t, value);
        } else {
            if (!o.contains(t)) {
                *error = QStringLiteral("no member \"%1\"").arg(t);
                return false;
            }
            QJsonValue child = o.value(t);
            if (!modify(child, path, depth + 1, op, value, error))
                return false;
            o.insert(t, child);
        }
        node = o;
        return true;
    }
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const auto i = arrayIndex(t, a.size(), last && op == Op::Add);
        if (!i) {
            *error = QStringLiteral("bad array index \"%1\"").arg(t);
            return false;
        }
        if (last) {
            if (op == Op::Add)
                a.insert(*i, value);
            else if (op == Op::Remove)
                a.removeAt(*i);
            else
                a.replace(*i, value);
        } else {
            QJsonValue child = a.at(*i);
            if (!modify(child, path, depth + 1, op, value, error))
                return false;
            a.replace(*i, child);
        }
        node = a;
        return true;
    }
    *error = QStringLiteral("\"%1\" is not inside an object or array").arg(t);
    return false;
}

} // namespace

namespace jsonpatch {

bool applyJsonPatch(QJsonValue &doc, const QJsonValue &patch, QString *error)
{
    if (!patch.isArray()) {
        *error = QStringLiteral("a JSON patch is an array of operations");
        return false;
    }
    QJsonValue work = doc;
    for (const QJsonValue &opValue : patch.toArray()) {
        const QJsonObject op = opValue.toObject();
        const QString name = op.value(QStringLiteral("op")).toString();
        const QString pointer = op.value(QStringLiteral("path")).toString();
        const auto path = parsePointer(pointer);
        if (!path || !op.contains(QStringLiteral("path"))) {
            *error = QStringLiteral("bad path \"%1\"").arg(pointer);
            return false;
        }
        QString why;
        bool ok = true;
        if (name == QLatin1String("add") || name == QLatin1String("replace")) {
            if (!op.contains(QStringLiteral("value"))) {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            ok = modify(work, *path, 0, name == QLatin1String("add") ? Op::Add : Op::Replace,
                        op.value(QStringLiteral("value")), &why);
        } else if (name == QLatin1String("remove")) {
            ok = modify(work, *path, 0, Op::Remove, {}, &why);
        } else if (name == QLatin1String("test")) {
            const auto v = get(work, *path);
            ok = v && *v == op.value(QStringLiteral("value"));
            why = QStringLiteral("test failed");
        } else if (name == QLatin1String("move") || name == QLatin1String("copy")) {
            const auto from = parsePointer(op.value(QStringLiteral("from")).toString());
            const auto v = from ? get(work, *from) : std::nullopt;
            ok = v.has_value();
            why = QStringLiteral("no value at from");
            if (ok && name == QLatin1String("move"))
                ok = modify(work, *from, 0, Op::Remove, {}, &why);
            if (ok)
                ok = modify(work, *path, 0, Op::Add, *v, &why);
        } else {
            *error = QStringLiteral("unknown operation \"%1\"").arg(name);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("%1 at %2: %3").arg(name, pointer, why);
            return false;
        }
    }
    doc = work;
    return true;
}

QJsonValue applyMergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject out = target.isObject() ? target.toObject() : QJsonObject{};
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            out.remove(it.key());
        else
            out.insert(it.key(), applyMergePatch(out.value(it.key()), it.value()));
    }
    return out;
}

} // namespace jsonpatch
