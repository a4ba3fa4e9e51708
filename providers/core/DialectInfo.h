#pragma once

#include "Dialect.h"

#include <QList>
#include <QString>

#include <span>

// One row of an error table: the code as the API sends it and its English text, marked with
// QT_TRANSLATE_NOOP3("ErrorCatalog", text, code) so that the code is the disambiguation and codes
// that share an English text keep their own translation.
struct ErrorCatalogEntry
{
    // What a placeholder in the text stands for. The reference copies some texts with a sample
    // instance id (ins-xxxxxx); ErrorCatalog puts the real id in its place when it knows it.
    enum class Placeholder { None, InstanceId };

    const char* code;
    struct
    {
        const char* source;
        const char* disambiguation;
    } text;
    Placeholder placeholder = Placeholder::None;
    // What the operator can do about it, where the code's own text does not say (marked with
    // QT_TRANSLATE_NOOP3("ErrorAdvice", text, code)); null when there is nothing to add.
    struct
    {
        const char* source;
        const char* disambiguation;
    } advice = {nullptr, nullptr};
};

using ErrorTable = std::span<const ErrorCatalogEntry>;

// What the rest of the console needs to know about one API dialect without knowing the dialect:
// the account form's words and checks, the API version an account starts with, where the
// command line finds a key pair, and the dialect's error codes. Each dialect library provides
// its own (TencentDialect::info(), …); providers/directory registers them all (DialectRegistry).
struct DialectInfo
{
    Dialect dialect = Dialect::TencentApi3;

    // The account form's words. They are marked with QT_TRANSLATE_NOOP("AccountEditDialog", …)
    // and translated where they are shown, so that they follow the UI language.
    const char* keyIdLabel = nullptr; // "&Key id (SecretId):"
    const char* secretLabel = nullptr; // "&Secret:"
    const char* regionsLabel = nullptr; // "&Regions:" or "&Zones:"
    const char* regionsPlaceholder = nullptr; // "Empty: every region. Or e.g. …"
    const char* keyIdProblem = nullptr; // what a well-formed key id looks like
    const char* regionProblem = nullptr; // "\"%1\" is not a region id (e.g. …)."

    // Whole-string patterns (QRegularExpression syntax, anchored when used).
    QString keyIdPattern;
    // What a key id may look like on a loopback endpoint: the emulator's own keys (AKIDSANDBOX)
    // are shorter than the provider's. Empty: keyIdPattern everywhere.
    QString loopbackKeyIdPattern;
    QString regionPattern;

    // The API version an account starts with when the version is an account setting (Zenlayer's
    // X-ZC-Version); empty when the client fixes it (Tencent).
    QString defaultApiVersion;

    // The environment variables the provider's own tools read the key pair from; teardownctl
    // takes an ad-hoc account's keys from them.
    QString keyIdVariable;
    QString secretVariable;
    // The session token of temporary credentials, next to the key pair; empty when the dialect
    // has no temporary credentials.
    QString sessionTokenVariable;

    // The dialect's error codes. More than one table when the dialect's host also answers in
    // another dialect's codes (the legacy host serves API 3.0 actions).
    QList<ErrorTable> errorTables;

    bool hasApiVersionSetting() const { return !defaultApiVersion.isEmpty(); }
    // Temporary credentials (a key pair with a session token and an expiry) can be used.
    bool hasTemporaryCredentials() const { return !sessionTokenVariable.isEmpty(); }
    bool isWellFormedKeyId(const QString& keyId, bool loopbackEndpoint) const;
    bool isWellFormedRegion(const QString& region) const;
    // A date (yyyy-MM-dd) that exists: what every version of both providers' APIs looks like.
    static bool isWellFormedApiVersion(const QString& version);
};
