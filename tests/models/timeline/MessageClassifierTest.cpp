#include "timeline/MessageClassifier.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

MessageClassifier::Claims claimsOf(const std::string &templateId, const std::string &body)
{
    return MessageClassifier::claims(
        message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", templateId, "", body));
}

} // namespace

TEST(MessageClassifier, FoldsCaseAccentsHyphensAndSpaces)
{
    EXPECT_EQ(MessageClassifier::fold("Rücksende-\n  Etikett  ÉTIQUETTE\tde retour").toStdString(),
              "rucksendeetikett etiquette de retour");
}

TEST(MessageClassifier, ReadsTemplateIdsFirst)
{
    EXPECT_TRUE(claimsOf("order-cancelled", "").cancelled);
    EXPECT_TRUE(claimsOf("refund-issued", "").refunded);
    EXPECT_TRUE(claimsOf("shipping-confirmation", "").shipped);
    EXPECT_TRUE(claimsOf("out-for-delivery", "").shipped);
    EXPECT_TRUE(claimsOf("delivery-confirmation", "").delivered);
    EXPECT_TRUE(claimsOf("replacement-confirmation", "").shipped);
    // Known templates that announce nothing, whatever they say.
    EXPECT_FALSE(claimsOf("order-confirmation", "We will tell you once it has shipped").any());
    EXPECT_FALSE(claimsOf("return-authorized", "We will refund you once it arrives").any());
}

TEST(MessageClassifier, FallsBackToWordsAtWordStarts)
{
    EXPECT_TRUE(claimsOf("x", "Ihre Bestellung wurde STORNIERT").cancelled);
    EXPECT_TRUE(claimsOf("x", "Votre colis a été livré").delivered);
    EXPECT_FALSE(claimsOf("x", "Le colis sera délivré").delivered); // "livré" inside a word
    EXPECT_FALSE(claimsOf("x", "Podemos entregar tu pedido pasado mañana").any());
    EXPECT_FALSE(claimsOf("x", "Consegna e montaggio confermati in mattinata").any());
}

TEST(MessageClassifier, FindsReturnLabelPromises)
{
    const auto promises = [](const std::string &templateId, const std::string &body) {
        return MessageClassifier::promisesReturnLabel(
            message("MSG-1", "ORD-1", "2026-10-11T08:00:00Z", templateId, "", body));
    };
    EXPECT_TRUE(promises("x", "A breve riceverai anche un'etichetta di reso"));
    EXPECT_TRUE(promises("x", "Te adjuntamos la etiqueta de devolución"));
    EXPECT_TRUE(promises("return-label", ""));
    EXPECT_FALSE(promises("x", "Your label printer is ready"));
}

TEST(MessageClassifier, MatchesIdsAsWholeTokens)
{
    EXPECT_TRUE(MessageClassifier::mentionsId("ordine ORD-1001.", "ORD-1001"));
    EXPECT_TRUE(MessageClassifier::mentionsId("ORD-1001- fine", "ORD-1001"));
    EXPECT_FALSE(MessageClassifier::mentionsId("ordine ORD-1001-R1", "ORD-1001"));
    EXPECT_FALSE(MessageClassifier::mentionsId("ORD-10010", "ORD-1001"));
    EXPECT_TRUE(MessageClassifier::mentionsId("ordine ORD-1001-R1", "ORD-1001-R1"));
}
