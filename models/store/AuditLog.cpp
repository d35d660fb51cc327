#include "store/AuditLog.h"

#include "domain/Rfc3339.h"
#include "store/CaseDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace caseline {

namespace {

// The chain starts from a fixed value, so deleting the first entry is detected too.
const std::string genesis(64, '0');

std::string chainHash(const std::string &previous, const std::string &at, const std::string &actor,
                      const std::string &action, const QVariant &caseId, const std::string &digest)
{
    const std::string caseText =
        caseId.isNull() ? std::string("-") : caseId.toString().toStdString();
    // Lengths keep fields apart: ("ab","c") and ("a","bc") must not hash alike.
    std::string material;
    for (const std::string &field : {previous, at, actor, action, caseText, digest}) {
        material += std::to_string(field.size()) + ':' + field + ';';
    }
    return AuditLog::digest(material);
}

} // namespace

std::string AuditLog::digest(const std::string &text)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

void AuditLog::append(CaseDatabase &db, const QDateTime &at, const std::string &actor,
                      const std::string &action, std::optional<long long> caseId,
                      const std::string &payload)
{
    if (db.driver() == StoreAddress::Driver::Postgresql) {
        // Two writers must not both chain onto the same previous entry.
        db.runFixed(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE"));
    }
    const QVariant last =
        db.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    const std::string previous = last.isNull() ? genesis : last.toString().toStdString();
    const std::string time = Rfc3339::format(at);
    const QVariant caseValue =
        caseId ? QVariant(*caseId) : QVariant(QMetaType(QMetaType::LongLong));
    const std::string payloadDigest = digest(payload);
    const std::string hash = chainHash(previous, time, actor, action, caseValue, payloadDigest);
    db.run(QStringLiteral("INSERT INTO audit_log (at, actor, action, case_id, payload_digest, "
                          "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
           {QString::fromStdString(time), QString::fromStdString(actor),
            QString::fromStdString(action), caseValue, QString::fromStdString(payloadDigest),
            QString::fromStdString(previous), QString::fromStdString(hash)});
    // The head remembers the newest entry, so cutting entries off the end is detected too.
    const QVariant seq = db.scalar(QStringLiteral("SELECT MAX(seq) FROM audit_log"));
    db.run(
        QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
        {seq, QString::fromStdString(hash)});
}

AuditLog::Finding AuditLog::verify(CaseDatabase &db)
{
    Finding finding;
    QSqlQuery query = db.run(QStringLiteral("SELECT seq, at, actor, action, case_id, "
                                            "payload_digest, previous_hash, hash FROM audit_log "
                                            "ORDER BY seq"));
    std::string expectedPrevious = genesis;
    long long lastSeq = 0;
    while (query.next()) {
        ++finding.entries;
        const long long seq = query.value(0).toLongLong();
        const std::string previous = query.value(6).toString().toStdString();
        const std::string stored = query.value(7).toString().toStdString();
        if (previous != expectedPrevious) {
            finding.brokenAt = seq;
            finding.problem = "audit entry " + std::to_string(seq) +
                              " does not follow the entry before it: an entry was deleted or "
                              "changed";
            return finding;
        }
        const std::string recomputed = chainHash(
            previous, query.value(1).toString().toStdString(),
            query.value(2).toString().toStdString(), query.value(3).toString().toStdString(),
            query.value(4), query.value(5).toString().toStdString());
        if (recomputed != stored) {
            finding.brokenAt = seq;
            finding.problem =
                "audit entry " + std::to_string(seq) + " was changed after it was written";
            return finding;
        }
        expectedPrevious = stored;
        lastSeq = seq;
    }
    QSqlQuery head = db.run(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    const bool hasHead = head.next();
    if (hasHead != (finding.entries > 0) ||
        (hasHead && (head.value(0).toLongLong() != lastSeq ||
                     head.value(1).toString().toStdString() != expectedPrevious))) {
        finding.brokenAt = lastSeq + 1;
        finding.problem = "the newest audit entries were deleted (the log ends at entry " +
                          std::to_string(lastSeq) + ", but entry " +
                          (hasHead ? head.value(0).toString().toStdString() : std::string("none")) +
                          " was written last)";
    }
    return finding;
}

} // namespace caseline
