#pragma once

// Internal to ApiParser (apiparser.cpp): one on-demand simdjson walk over one Alertmanager answer,
// recording the first problem with its place. Needs simdjson, which only slaops_core links.
#include "apiparser.h"
#include "prom/bodytext.h"
#include "prom/parsebuffers.h"
#include "prom/servertext.h"

#include <QCoreApplication>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace slaops::alerts::detail {

namespace od = simdjson::ondemand;

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ApiParser)
};

inline bool isShapeError(simdjson::error_code code)
{
    return code == simdjson::INCORRECT_TYPE || code == simdjson::NO_SUCH_FIELD ||
           code == simdjson::NUMBER_OUT_OF_RANGE || code == simdjson::INDEX_OUT_OF_BOUNDS;
}

inline bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isJsonSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isJsonSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

inline QString megabytes(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

// One walk over one answer. Each read returns false on the first problem, after recording it;
// callers on the way out prepend their part of the path ("[3].status.state").
class Walk {
public:
    explicit Walk(std::string_view body)
        : m_body(body)
    {
    }

    template <typename T, typename Fn> Parsed<T> run(Fn readRoot)
    {
        Parsed<T> out;
        prom::ParseBuffers &buffers = prom::ParseBuffers::forThisThread();
        const char *padded = buffers.load(m_body);
        od::document doc;
        simdjson::error_code code = simdjson::MEMALLOC;
        if (padded)
            code = buffers.parser()
                       .iterate(padded, m_body.size(), m_body.size() + simdjson::SIMDJSON_PADDING)
                       .get(doc);
        bool ok = false;
        if (code) {
            fail(code, {});
        } else {
            od::value root;
            if (const auto c = doc.get_value().get(root); c == simdjson::SCALAR_DOCUMENT_AS_VALUE)
                shape(Tr::tr("expected an array or an object, got a single value"));
            else if (c)
                fail(c, {});
            else
                ok = readRoot(*this, root, out.value);
            // Trailing content after the root ("[] x") is not one JSON document. simdjson 3.0 has
            // no document::at_end(); a readable location after the root means more text.
            const char *location = nullptr;
            if (ok && doc.current_location().get(location) == simdjson::SUCCESS) {
                ok = false;
                m_error = AnswerError::NotJson;
                m_what = Tr::tr("there is more after the JSON value");
            }
        }
        buffers.trim();
        if (!ok) {
            out = Parsed<T>{};
            finishFailure(out.error, out.message);
        }
        return out;
    }

    bool fail(simdjson::error_code code, const QString &expected)
    {
        if (isShapeError(code) && !expected.isEmpty()) {
            m_error = AnswerError::BadShape;
            m_what = Tr::tr("expected %1").arg(expected);
        } else {
            m_error = AnswerError::NotJson;
            m_what = prom::BodyText::fromUtf8(simdjson::error_message(code));
        }
        return false;
    }
    // On demand, simdjson only looks at a value's first byte before it says "wrong type"; a
    // misspelt literal ({"a": tru}) is broken JSON, not a shape problem.
    bool failOn(od::value &v, simdjson::error_code code, const QString &expected)
    {
        if (code == simdjson::INCORRECT_TYPE) {
            const std::string_view token = trimmed(v.raw_json_token());
            const bool literal =
                !token.empty() && (token.front() == 't' || token.front() == 'f' || token.front() == 'n');
            if (literal && token != "true" && token != "false" && token != "null")
                return fail(simdjson::T_ATOM_ERROR, {});
        }
        return fail(code, expected);
    }
    bool shape(QString what)
    {
        m_error = AnswerError::BadShape;
        m_what = std::move(what);
        return false;
    }
    bool at(const QString &segment)
    {
        m_where.prepend(segment);
        return false;
    }
    bool atKey(std::string_view key) { return at(QLatin1Char('.') + prom::ServerText::clean(key, 60)); }
    bool atIndex(std::size_t i) { return at(QLatin1Char('[') + QString::number(i) + QLatin1Char(']')); }

    // maxChars 0: the text is an identity (a label, an id) and is kept as sent.
    bool string(od::value &v, QString &out, qsizetype maxChars = 0)
    {
        std::string_view text;
        if (const auto code = v.get_string().get(text))
            return failOn(v, code, Tr::tr("a string"));
        out = maxChars > 0 ? prom::ServerText::clean(text, maxChars)
                           : QString::fromUtf8(text.data(), qsizetype(text.size()));
        return true;
    }
    bool boolean(od::value &v, bool &out)
    {
        if (const auto code = v.get_bool().get(out))
            return failOn(v, code, Tr::tr("true or false"));
        return true;
    }
    bool time(od::value &v, QDateTime &out)
    {
        QString text;
        if (!string(v, text))
            return false;
        out = ApiParser::parseTime(text);
        if (!out.isValid())
            return shape(
                Tr::tr("expected an RFC 3339 time, got \"%1\"").arg(prom::BodyText::snippet(text, 40)));
        return true;
    }
    bool labels(od::value &v, LabelSet &out)
    {
        od::object object;
        if (const auto code = v.get_object().get(object))
            return failOn(v, code, Tr::tr("an object of strings"));
        for (auto field : object) {
            std::string_view key;
            if (const auto code = field.unescaped_key().get(key))
                return fail(code, {});
            od::value value;
            if (const auto code = field.value().get(value))
                return fail(code, {}) || atKey(key);
            std::string_view text;
            if (const auto code = value.get_string().get(text))
                return failOn(value, code, Tr::tr("a string")) || atKey(key);
            out.emplace_back(interned(key), text.size() <= kInternedValueBytes ? interned(text) : utf8(text));
        }
        std::sort(out.begin(), out.end());
        return true;
    }
    static QString utf8(std::string_view text)
    {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    // Label names and short values repeat across thousands of alerts (alertname, severity, region):
    // one shared QString each, not one allocation per alert. Bounded, for a hostile answer.
    static constexpr std::size_t kInternedValueBytes = 40;
    static constexpr std::size_t kInternedMax = 16384;
    QString interned(std::string_view text)
    {
        if (const auto it = m_interned.find(text); it != m_interned.end())
            return it->second;
        QString s = utf8(text);
        if (m_interned.size() < kInternedMax)
            m_interned.emplace(std::string(text), s);
        return s;
    }
    bool strings(od::value &v, QStringList &out)
    {
        od::array array;
        if (const auto code = v.get_array().get(array))
            return failOn(v, code, Tr::tr("an array of strings"));
        std::size_t i = 0;
        for (auto element : array) {
            od::value value;
            if (const auto code = element.get(value))
                return fail(code, {}) || atIndex(i);
            QString text;
            if (!string(value, text))
                return atIndex(i);
            out.append(std::move(text));
            ++i;
        }
        return true;
    }
    template <typename Fn> bool array(od::value &v, const QString &expected, Fn each)
    {
        od::array array;
        if (const auto code = v.get_array().get(array))
            return failOn(v, code, expected);
        std::size_t i = 0;
        for (auto element : array) {
            od::value value;
            if (const auto code = element.get(value))
                return fail(code, {}) || atIndex(i);
            if (!each(value))
                return atIndex(i);
            ++i;
        }
        return true;
    }
    // Calls field(key, value) for every member; unknown members are the callee's to skip (a newer
    // Alertmanager may add some).
    template <typename Fn> bool object(od::value &v, const QString &expected, Fn field)
    {
        od::object object;
        if (const auto code = v.get_object().get(object))
            return failOn(v, code, expected);
        for (auto member : object) {
            std::string_view key;
            if (const auto code = member.unescaped_key().get(key))
                return fail(code, {});
            od::value value;
            if (const auto code = member.value().get(value))
                return fail(code, {}) || atKey(key);
            if (!field(key, value))
                return atKey(key);
        }
        return true;
    }
    bool missing(const char *key) { return shape(Tr::tr("\"%1\" is missing").arg(QLatin1String(key))); }

private:
    void finishFailure(AnswerError &error, QString &message) const
    {
        const QString where = m_where.isEmpty() ? QString() : Tr::tr(" at %1").arg(m_where);
        if (prom::BodyText::endsInsideJson(m_body)) {
            error = AnswerError::Truncated;
            message = Tr::tr("the answer stops after %1 bytes, before its JSON is complete%2: the connection "
                             "was cut, or a proxy limited its size")
                          .arg(m_body.size())
                          .arg(where);
            return;
        }
        error = m_error == AnswerError::None ? AnswerError::NotJson : m_error;
        if (error == AnswerError::NotJson)
            message = Tr::tr("the answer is not valid JSON%1: %2 (it starts: %3)")
                          .arg(where, m_what, prom::BodyText::snippet(m_body, 60));
        else
            message = Tr::tr("unexpected Alertmanager answer%1: %2").arg(where, m_what);
    }

    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_interned;
    std::string_view m_body;
    AnswerError m_error = AnswerError::None;
    QString m_what;
    QString m_where;
};

} // namespace slaops::alerts::detail
