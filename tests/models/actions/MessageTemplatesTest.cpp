#include "actions/MessageTemplates.h"

#include "actions/ActionError.h"

#include <gtest/gtest.h>
#include <set>

namespace caseline {
namespace {

TEST(MessageTemplates, EveryTemplateSpeaksEveryLanguageWithItsPlaceholdersFilled)
{
    for (const char *name :
         {"acknowledgement", "return-label", "refund", "reschedule", "cancel", "replace"}) {
        std::set<std::string> subjects;
        for (const char *language : {"en", "it", "de", "es", "fr"}) {
            const PlannedAction plan =
                MessageTemplates::message(name, language, "CUS-1", "ORD-7", "CASE-3");
            SCOPED_TRACE(std::string(name) + "/" + language);
            EXPECT_EQ(plan.system, "notifications");
            EXPECT_EQ(plan.body.at("language"), language);
            EXPECT_EQ(plan.body.at("template"), name);
            const std::string text = plan.body.at("subject").get<std::string>() +
                                     plan.body.at("body").get<std::string>();
            EXPECT_EQ(text.find('{'), std::string::npos) << text;
            EXPECT_NE(text.find("CASE-3"), std::string::npos) << text;
            subjects.insert(plan.body.at("subject"));
        }
        EXPECT_EQ(subjects.size(), 5u) << name << ": one wording per language";
    }
}

TEST(MessageTemplates, AnUnknownLanguageFallsBackToEnglishAndAnUnknownTemplateIsRefused)
{
    const PlannedAction plan =
        MessageTemplates::message("refund", "pt", "CUS-1", "ORD-7", "CASE-3");
    EXPECT_EQ(plan.body.at("language"), "en");
    EXPECT_EQ(plan.body.at("subject"), "Your refund for ORD-7");
    EXPECT_FALSE(MessageTemplates::has("apology"));
    EXPECT_THROW(MessageTemplates::message("apology", "en", "CUS-1", "", "CASE-3"), ActionError);
}

} // namespace
} // namespace caseline
