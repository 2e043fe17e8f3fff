#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// A Kubernetes Status object, as the API server answers errors and kubectl prints them.
inline QByteArray kubeStatus(int code, const char *reason, const QString &message,
                             const QJsonObject &details = {})
{
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("Status")},
                  {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                  {QStringLiteral("metadata"), QJsonObject{}},
                  {QStringLiteral("status"), QStringLiteral("Failure")},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("reason"), QLatin1String(reason)},
                  {QStringLiteral("code"), code}};
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
