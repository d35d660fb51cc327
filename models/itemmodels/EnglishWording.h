#pragma once

#include <QDateTime>
#include <QLocale>

namespace caseline {

// Says Caseline's texts in English on the calling thread while it lives, whatever catalog the
// program installed: what is kept or compared (the audit log's payload) and what caseline-cli
// prints read the same from every program. A CatalogTranslator stays silent meanwhile; numbers
// follow the C locale and times are in UTC. Other threads (the console's screen) are not
// affected. Scopes may nest.
class EnglishWording
{
public:
    EnglishWording();
    ~EnglishWording();
    EnglishWording(const EnglishWording &) = delete;
    EnglishWording &operator=(const EnglishWording &) = delete;

    static bool active();
    // The C locale while active, else the default (the reader's).
    static QLocale locale();
    // In UTC while active, else in local time.
    static QDateTime shown(const QDateTime &at);
};

} // namespace caseline
