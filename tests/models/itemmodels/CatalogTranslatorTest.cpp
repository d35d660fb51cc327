#include "itemmodels/CatalogTranslator.h"

#include "InstalledCatalog.h"
#include "ItemModelTestKit.h"
#include "itemmodels/CaseEntryWording.h"
#include "itemmodels/EnglishWording.h"

#include <QCoreApplication>
#include <future>
#include <thread>

namespace caseline::test {
namespace {

CaseEntry escalation()
{
    CaseEntry entry;
    entry.kind = CaseEntryKind::EscalationOpened;
    entry.arguments = EscalationOpening{"finance", utc("2026-11-20T17:30:00Z")};
    entry.text = "Rückerstattung prüfen";
    return entry;
}

TEST(CatalogTranslator, SaysEnglishWhileEnglishWordingLivesOnItsThreadOnly)
{
    itemModelApplication();
    const InstalledCatalog german(QStringLiteral("de"));
    const QString translated = CaseEntryWording::summary(escalation());
    EXPECT_NE(translated.toStdString().rfind("Escalated to", 0), 0u) << translated.toStdString();

    std::promise<void> englishActive;
    std::promise<void> otherThreadSaid;
    std::string saidElsewhere;
    std::thread screen([&] {
        englishActive.get_future().wait();
        saidElsewhere = CaseEntryWording::summary(escalation()).toStdString();
        otherThreadSaid.set_value();
    });
    {
        const EnglishWording english;
        EXPECT_TRUE(EnglishWording::active());
        englishActive.set_value();
        otherThreadSaid.get_future().wait(); // the other thread spoke while this one is English
        EXPECT_EQ(CaseEntryWording::summary(escalation()).toStdString(),
                  "Escalated to Finance (due 20 Nov 2026 17:30): Rückerstattung prüfen");
        {
            const EnglishWording nested;
            EXPECT_TRUE(EnglishWording::active());
        }
        EXPECT_TRUE(EnglishWording::active());
    }
    screen.join();
    EXPECT_FALSE(EnglishWording::active());
    EXPECT_EQ(saidElsewhere, translated.toStdString());
    EXPECT_EQ(CaseEntryWording::summary(escalation()), translated);
}

TEST(CatalogTranslator, AnswersLikeAnyTranslatorOtherwise)
{
    itemModelApplication();
    CatalogTranslator italian;
    ASSERT_TRUE(italian.load(QStringLiteral("caseline_it"), QStringLiteral(":/i18n")));
    QTranslator plain;
    ASSERT_TRUE(plain.load(QStringLiteral("caseline_it"), QStringLiteral(":/i18n")));
    for (const char *source : {"refund", "Linked orders or shipments changed", "chat"}) {
        EXPECT_EQ(italian.translate("CaseEntryWording", source),
                  plain.translate("CaseEntryWording", source));
        EXPECT_FALSE(italian.translate("CaseEntryWording", source).isEmpty()) << source;
    }
    const EnglishWording english;
    EXPECT_TRUE(italian.translate("CaseEntryWording", "refund").isEmpty());
    EXPECT_FALSE(plain.translate("CaseEntryWording", "refund").isEmpty());
}

} // namespace
} // namespace caseline::test
