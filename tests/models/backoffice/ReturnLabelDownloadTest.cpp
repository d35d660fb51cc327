// Downloading a return label through the returns connector: from the real reference back-office
// (a demo return's PDF, an unknown return) and, with a fake transport, an answer that is no PDF.
#include "BackofficeSuite.h"
#include "FakeHttpClient.h"
#include "backoffice/BackofficeConfig.h"
#include "backoffice/BackofficeConnectors.h"
#include "backoffice/CurlTransport.h"

#include <gtest/gtest.h>

namespace caseline {
namespace {

using test::BackofficeSuite;
using test::FakeHttpClient;

std::optional<std::string> noEnvironment(const std::string &)
{
    return std::nullopt;
}

Fetched<QByteArray> resultOf(QFuture<Fetched<QByteArray>> future)
{
    future.waitForFinished();
    return future.result();
}

class ReturnLabelDownloadTest : public BackofficeSuite
{
protected:
    static void SetUpTestSuite() { server().start({"--demo"}); }

    CurlTransport transport;
    BackofficeConfig config = server().config();
    BackofficeConnectors connectors = BackofficeConnectors::reference(config, transport);
};

TEST_F(ReturnLabelDownloadTest, DemoReturnLabelIsAPdf)
{
    // RET-4005 (resources/demo/ordinary.json) was authorised with a Royal Mail label.
    const Fetched<QByteArray> label = resultOf(connectors.returns->label("RET-4005"));
    ASSERT_TRUE(label.ok()) << label.error().message() << " / " << label.error().technical;
    EXPECT_TRUE(label.value().startsWith("%PDF")) << label.value().left(40).toStdString();
    EXPECT_GT(label.value().size(), 200);
    // The document is binary-safe: it ends with the PDF trailer, nothing cut at a NUL byte.
    EXPECT_TRUE(label.value().trimmed().endsWith("%%EOF"));
}

TEST_F(ReturnLabelDownloadTest, UnknownReturnIsANotFoundErrorInWords)
{
    const Fetched<QByteArray> label = resultOf(connectors.returns->label("RET-0000"));
    ASSERT_FALSE(label.ok());
    EXPECT_TRUE(label.notFound()) << label.error().message();
    // The back-office's problem detail names the return.
    EXPECT_NE(label.error().message().find("no return RET-0000"), std::string::npos)
        << label.error().message();
}

TEST(ReturnLabelDownload, AskForThePdfOfTheEncodedReturnId)
{
    FakeHttpClient http;
    http.setResponder([](const HttpRequest &) {
        HttpResponse response;
        response.status = 200;
        response.contentType = "application/pdf";
        response.body = std::string("%PDF-1.4\n\0binary", 16);
        return HttpResult(response);
    });
    const BackofficeConfig config =
        BackofficeConfig::forReferenceServer("http://backoffice.test", noEnvironment);
    BackofficeConnectors connectors = BackofficeConnectors::reference(config, http);

    const Fetched<QByteArray> label = resultOf(connectors.returns->label("RET 1/2"));
    ASSERT_TRUE(label.ok());
    EXPECT_EQ(label.value().size(), 16);
    ASSERT_EQ(http.requests().size(), 1u);
    const HttpRequest request = http.requests().front();
    EXPECT_EQ(request.url, "http://backoffice.test/returns/v1/returns/RET%201%2F2/label.pdf");
    EXPECT_NE(std::find(request.headers.begin(), request.headers.end(),
                        std::pair<std::string, std::string>("Accept", "application/pdf")),
              request.headers.end());
}

TEST(ReturnLabelDownload, AnAnswerThatIsNoPdfIsAnError)
{
    FakeHttpClient http;
    http.setResponder(
        [](const HttpRequest &) { return FakeHttpClient::json(R"({"label":"soon"})"); });
    const BackofficeConfig config =
        BackofficeConfig::forReferenceServer("http://backoffice.test", noEnvironment);
    BackofficeConnectors connectors = BackofficeConnectors::reference(config, http);

    const Fetched<QByteArray> label = resultOf(connectors.returns->label("RET-4005"));
    ASSERT_FALSE(label.ok());
    EXPECT_EQ(label.error().kind, HttpError::Kind::MalformedPayload);
    EXPECT_NE(label.error().message().find("could not be understood"), std::string::npos)
        << label.error().message();
    EXPECT_NE(label.error().technical.find("not a PDF"), std::string::npos)
        << label.error().technical;
}

} // namespace
} // namespace caseline
