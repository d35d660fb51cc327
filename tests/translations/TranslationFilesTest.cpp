// The Qt Linguist catalogs in translations/: complete, without leftovers, with the placeholders
// and keyboard mnemonics of their English source, and in line with the code (lupdate run on
// the sources finds nothing new and nothing gone).
#include "TempDirectory.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <map>
#include <vector>

namespace caseline::test {
namespace {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type;             // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    std::string where() const
    {
        return (context + QStringLiteral(": \"") + source + QLatin1Char('"')).toStdString();
    }
};

struct Catalog
{
    QString language;
    QString sourceLanguage;
    std::vector<Message> messages;
};

Catalog read(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return catalog;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            catalog.language = xml.attributes().value(QLatin1String("language")).toString();
            catalog.sourceLanguage =
                xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    message.translations << xml.readElementText();
                }
            } else {
                message.translations << xml.readElementText();
            }
            catalog.messages.push_back(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return catalog;
}

QString catalogPath(const QString &language)
{
    return QDir(QStringLiteral(CASELINE_TRANSLATIONS_DIR))
        .filePath(QStringLiteral("caseline_%1.ts").arg(language));
}

const QStringList translated = {QStringLiteral("it"), QStringLiteral("de"), QStringLiteral("es"),
                                QStringLiteral("fr")};

// %1 … %99 and %n, with or without L (localized digits): the same set on both sides.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        found.insert(match.captured(1));
    }
    return found;
}

// A keyboard mnemonic: "&" before a character, "&&" being a literal ampersand.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(^|[^&])&[^&\\s]"));
    return text.contains(pattern);
}

TEST(TranslationFilesTest, EveryLanguageHasItsCatalog)
{
    for (const QString &language : QStringList{QStringLiteral("en")} + translated) {
        ASSERT_TRUE(QFile::exists(catalogPath(language))) << catalogPath(language).toStdString();
        const Catalog catalog = read(catalogPath(language));
        EXPECT_TRUE(catalog.language.startsWith(language)) << catalog.language.toStdString();
        EXPECT_EQ(catalog.sourceLanguage, QStringLiteral("en"));
        EXPECT_FALSE(catalog.messages.empty()) << language.toStdString();
    }
}

TEST(TranslationFilesTest, EveryTextIsTranslatedAndNothingIsLeftOver)
{
    const std::size_t expected = read(catalogPath(QStringLiteral("it"))).messages.size();
    for (const QString &language : translated) {
        const Catalog catalog = read(catalogPath(language));
        EXPECT_EQ(catalog.messages.size(), expected) << language.toStdString();
        for (const Message &message : catalog.messages) {
            EXPECT_TRUE(message.type.isEmpty())
                << language.toStdString() << " " << message.type.toStdString() << ": "
                << message.where();
            // Italian, German, Spanish and French have two plural forms.
            EXPECT_EQ(message.translations.size(), message.numerus ? 2 : 1)
                << language.toStdString() << " " << message.where();
            for (const QString &text : message.translations) {
                EXPECT_FALSE(text.trimmed().isEmpty())
                    << language.toStdString() << " empty: " << message.where();
            }
        }
    }
}

TEST(TranslationFilesTest, EnglishCarriesEveryPluralAndNothingElse)
{
    const Catalog english = read(catalogPath(QStringLiteral("en")));
    QSet<QString> plurals;
    for (const Message &message : english.messages) {
        EXPECT_TRUE(message.numerus) << message.where();
        EXPECT_TRUE(message.type.isEmpty())
            << message.type.toStdString() << ": " << message.where();
        EXPECT_EQ(message.translations.size(), 2) << message.where();
        for (const QString &text : message.translations) {
            EXPECT_FALSE(text.trimmed().isEmpty()) << message.where();
        }
        plurals.insert(message.key());
    }
    for (const Message &message : read(catalogPath(QStringLiteral("it"))).messages) {
        if (message.numerus) {
            EXPECT_TRUE(plurals.contains(message.key()))
                << "no English plural: " << message.where();
        }
    }
}

TEST(TranslationFilesTest, PlaceholdersAndMnemonicsMatchTheSource)
{
    for (const QString &language : QStringList{QStringLiteral("en")} + translated) {
        for (const Message &message : read(catalogPath(language)).messages) {
            const QSet<QString> wanted = placeholders(message.source);
            for (const QString &text : message.translations) {
                EXPECT_EQ(placeholders(text), wanted)
                    << language.toStdString() << " \"" << text.toStdString() << "\" for "
                    << message.where();
                EXPECT_EQ(hasMnemonic(text), hasMnemonic(message.source))
                    << language.toStdString() << " mnemonic in \"" << text.toStdString()
                    << "\" for " << message.where();
            }
        }
    }
}

// The committed catalogs are what `update_translations` makes of today's code: lupdate, run
// on copies, adds nothing unfinished and drops nothing.
TEST(TranslationFilesTest, CatalogsAreInLineWithTheCode)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral(CASELINE_TRANSLATED_SOURCES)));
    TempDirectory directory("caseline-ts");
    const QDir copies(QString::fromStdString(directory.path().string()));
    for (const QString &language : QStringList{QStringLiteral("en")} + translated) {
        const QString copy = copies.filePath(QStringLiteral("caseline_%1.ts").arg(language));
        ASSERT_TRUE(QFile::copy(catalogPath(language), copy));
        QStringList arguments = {QLatin1Char('@') + QStringLiteral(CASELINE_TRANSLATED_SOURCES),
                                 QStringLiteral("-source-language"),
                                 QStringLiteral("en"),
                                 QStringLiteral("-no-obsolete"),
                                 QStringLiteral("-locations"),
                                 QStringLiteral("none"),
                                 QStringLiteral("-silent")};
        if (language == QStringLiteral("en")) {
            arguments << QStringLiteral("-pluralonly");
        }
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(CASELINE_LUPDATE), arguments);
        ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

        std::map<QString, const Message *> committed;
        const Catalog before = read(catalogPath(language));
        for (const Message &message : before.messages) {
            committed.emplace(message.key(), &message);
        }
        const Catalog after = read(copy);
        for (const Message &message : after.messages) {
            EXPECT_TRUE(committed.count(message.key()))
                << language.toStdString() << ": new in the code, missing from the catalog "
                << "(run the update_translations target): " << message.where();
        }
        EXPECT_EQ(after.messages.size(), before.messages.size())
            << language.toStdString() << ": the catalog has texts the code no longer has (run "
            << "the update_translations target)";
    }
}

} // namespace
} // namespace caseline::test
