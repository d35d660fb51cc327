#include "ReturnLabelPdf.h"

#include <QBuffer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <gtest/gtest.h>
#include <utility>
#include <vector>

using caseline::backoffice::ReturnLabelPdf;

namespace {

ReturnLabelPdf::Fields sampleFields()
{
    ReturnLabelPdf::Fields fields;
    fields.returnId = "RET-1001";
    fields.orderId = "ORD-1001";
    fields.carrier = "BRT";
    fields.trackingNumber = "RTN0012345678";
    fields.customerName = "Giulia Rossì";
    fields.addressLines = {"Via Dante 12", "20121", "Milano", "IT"};
    fields.reason = "wrong size";
    fields.createdAt = "2026-10-20T12:00:00Z";
    fields.lines = {"1 x Denim overalls, size M", "2 x Stiletto heels, 38"};
    return fields;
}

int countOf(const QByteArray &haystack, const QByteArray &needle)
{
    int count = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0;
         at = haystack.indexOf(needle, at + needle.size())) {
        ++count;
    }
    return count;
}

} // namespace

// Qt Pdf needs a QGuiApplication, and gtest_main owns main(): the suite creates one itself.
class ReturnLabelPdfTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (QCoreApplication::instance()) {
            return;
        }
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        s_application = new QGuiApplication(s_argc, s_argv);
    }

    static void TearDownTestSuite()
    {
        delete s_application;
        s_application = nullptr;
    }

    // Loads the PDF into Qt Pdf; the buffer and document live as long as the test.
    QPdfDocument &load(const QByteArray &pdf)
    {
        m_buffer.setData(pdf);
        m_buffer.open(QIODevice::ReadOnly);
        m_document.load(&m_buffer);
        if (m_document.status() == QPdfDocument::Status::Loading) {
            QEventLoop loop;
            QObject::connect(&m_document, &QPdfDocument::statusChanged, &loop, &QEventLoop::quit);
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return m_document;
    }

    QString textOf(const QByteArray &pdf)
    {
        QPdfDocument &document = load(pdf);
        EXPECT_EQ(document.status(), QPdfDocument::Status::Ready);
        EXPECT_EQ(document.pageCount(), 1);
        return document.pageCount() == 1 ? document.getAllText(0).text() : QString();
    }

private:
    static inline int s_argc = 1;
    static inline char s_name[] = "ReturnLabelPdfTest";
    static inline char *s_argv[] = {s_name, nullptr};
    static inline QGuiApplication *s_application = nullptr;

    QBuffer m_buffer;
    QPdfDocument m_document;
};

TEST_F(ReturnLabelPdfTest, HasPdfHeaderAndTrailer)
{
    const QByteArray pdf = ReturnLabelPdf(sampleFields()).render();
    EXPECT_TRUE(pdf.startsWith("%PDF-1.4\n"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    EXPECT_TRUE(pdf.endsWith("\n%%EOF\n"));
    EXPECT_TRUE(pdf.contains("/Root 1 0 R"));
    EXPECT_TRUE(pdf.contains("/Size 8"));
    EXPECT_TRUE(pdf.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"));
}

TEST_F(ReturnLabelPdfTest, XrefOffsetsPointAtTheirObjects)
{
    const QByteArray pdf = ReturnLabelPdf(sampleFields()).render();

    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    ASSERT_GT(startxref, 0);
    const QByteArray tail = pdf.mid(startxref + 10);
    const qsizetype xrefOffset = tail.left(tail.indexOf('\n')).toLongLong();
    ASSERT_TRUE(pdf.mid(xrefOffset).startsWith("xref\n0 8\n0000000000 65535 f \n"));

    qsizetype entry = xrefOffset + QByteArray("xref\n0 8\n").size() + 20;
    for (int object = 1; object < 8; ++object, entry += 20) {
        const QByteArray line = pdf.mid(entry, 20);
        ASSERT_TRUE(line.endsWith(" 00000 n \n")) << line.toStdString();
        const qsizetype offset = line.left(10).toLongLong();
        EXPECT_TRUE(pdf.mid(offset).startsWith(QByteArray::number(object) + " 0 obj\n"))
            << "object " << object << " at " << offset;
    }
    EXPECT_TRUE(pdf.mid(entry).startsWith("trailer\n"));
}

TEST_F(ReturnLabelPdfTest, StreamLengthMatchesItsContent)
{
    const QByteArray pdf = ReturnLabelPdf(sampleFields()).render();
    const QRegularExpression length(QStringLiteral("/Length (\\d+) >>\nstream\n"));
    const auto match = length.match(QString::fromLatin1(pdf));
    ASSERT_TRUE(match.hasMatch());
    const qsizetype start = match.capturedEnd();
    const qsizetype end = pdf.indexOf("\nendstream", start);
    EXPECT_EQ(end - start, match.captured(1).toLongLong());
}

TEST_F(ReturnLabelPdfTest, LoadsInQtPdfWithAllFieldsAsText)
{
    ReturnLabelPdf::Fields fields = sampleFields();
    fields.addressLines.insert(fields.addressLines.begin(), "c/o Müller");
    const QString text = textOf(ReturnLabelPdf(fields).render());

    for (const char *expected :
         {"RET-1001", "ORD-1001", "BRT", "RTN0012345678", "Via Dante 12", "Milano", "wrong size",
          "2026-10-20T12:00:00Z", "Denim overalls, size M", "Stiletto heels, 38"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Giulia Rossì")));
    EXPECT_TRUE(text.contains(QStringLiteral("c/o Müller")));
}

TEST_F(ReturnLabelPdfTest, PageIsA6)
{
    QPdfDocument &document = load(ReturnLabelPdf(sampleFields()).render());
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    const QSizeF size = document.pagePointSize(0);
    EXPECT_NEAR(size.width(), 297.64, 0.5);
    EXPECT_NEAR(size.height(), 419.53, 0.5);
}

TEST_F(ReturnLabelPdfTest, ParenthesesAndBackslashesAreEscaped)
{
    ReturnLabelPdf::Fields fields = sampleFields();
    fields.customerName = "Anna (Annie) Müller";
    fields.reason = R"(heel broke :-( see C:\photos\heel)";
    fields.returnId = "RET-(1)";
    const QByteArray pdf = ReturnLabelPdf(fields).render();

    EXPECT_TRUE(pdf.contains(R"((Anna \(Annie\) M\374ller))"));
    EXPECT_TRUE(pdf.contains(R"((heel broke :-\( see C:\\photos\\heel))"));
    const QString text = textOf(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Anna (Annie) Müller")));
    EXPECT_TRUE(text.contains(QStringLiteral(R"(heel broke :-( see C:\photos\heel)")));
    EXPECT_TRUE(text.contains(QStringLiteral("RET-(1)")));
}

TEST_F(ReturnLabelPdfTest, UnmappableCharactersBecomeQuestionMarks)
{
    ReturnLabelPdf::Fields fields = sampleFields();
    fields.customerName = "Antonín Dvořák 漢字";
    const QString text = textOf(ReturnLabelPdf(fields).render());
    EXPECT_TRUE(text.contains(QStringLiteral("Antonín Dvorák ??")));
}

TEST_F(ReturnLabelPdfTest, ManyLinesStayOnOnePage)
{
    ReturnLabelPdf::Fields fields = sampleFields();
    fields.reason = std::string(400, 'x');
    fields.reason += " and a long explanation of what went wrong";
    fields.lines.clear();
    for (int i = 1; i <= 60; ++i) {
        fields.lines.push_back("1 x Item number " + std::to_string(i));
    }
    const QString text = textOf(ReturnLabelPdf(fields).render());
    EXPECT_TRUE(text.contains(QStringLiteral("Item number 1")));
    EXPECT_FALSE(text.contains(QStringLiteral("Item number 60")));
    EXPECT_TRUE(text.contains(QStringLiteral("more line(s) not shown")));
    EXPECT_TRUE(text.contains(QStringLiteral("xxx…"))); // the reason is cut, not dropped
    EXPECT_TRUE(text.contains(QStringLiteral("RTN0012345678")));
}

TEST_F(ReturnLabelPdfTest, EmptyFieldsStillGiveAValidPage)
{
    const QString text = textOf(ReturnLabelPdf(ReturnLabelPdf::Fields{}).render());
    EXPECT_TRUE(text.contains(QStringLiteral("RETURN")));
}

TEST_F(ReturnLabelPdfTest, OutputIsDeterministic)
{
    const QByteArray first = ReturnLabelPdf(sampleFields()).render();
    EXPECT_EQ(first, ReturnLabelPdf(sampleFields()).render());

    ReturnLabelPdf::Fields other = sampleFields();
    other.trackingNumber = "RTN0012345679";
    EXPECT_NE(first, ReturnLabelPdf(other).render());
}

TEST_F(ReturnLabelPdfTest, BarcodeHasFiveBarsPerCharacterPlusStartAndStop)
{
    ReturnLabelPdf::Fields fields = sampleFields();
    const QByteArray pdf = ReturnLabelPdf(fields).render();
    EXPECT_EQ(countOf(pdf, " re\n"), 5 * (13 + 2));

    fields.trackingNumber = "12";
    EXPECT_EQ(countOf(ReturnLabelPdf(fields).render(), " re\n"), 5 * (2 + 2));
}

TEST_F(ReturnLabelPdfTest, BarcodeIsCode39)
{
    // Reads the bars back and compares them with the published Code 39 patterns (N = narrow,
    // W = wide; bar, space, bar, ... bar) of the start/stop character, 'A', '0' and 'R'.
    ReturnLabelPdf::Fields fields = sampleFields();
    fields.trackingNumber = "a0r";
    const QByteArray pdf = ReturnLabelPdf(fields).render();
    const QRegularExpression bar(QStringLiteral("^([\\d.]+) [\\d.]+ ([\\d.]+) [\\d.]+ re$"),
                                 QRegularExpression::MultilineOption);
    std::vector<std::pair<double, double>> bars; // x, width
    for (auto it = bar.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto match = it.next();
        bars.emplace_back(match.captured(1).toDouble(), match.captured(2).toDouble());
    }
    ASSERT_EQ(bars.size(), 25u);
    const double narrow = std::min_element(bars.begin(), bars.end(), [](auto a, auto b) {
                              return a.second < b.second;
                          })->second;
    const auto classify = [narrow](double width) {
        return width > 2 * narrow ? 'W' : 'N';
    };
    std::vector<std::string> characters;
    for (std::size_t first = 0; first < bars.size(); first += 5) {
        std::string pattern;
        for (std::size_t i = first; i < first + 5; ++i) {
            pattern += classify(bars[i].second);
            if (i + 1 < first + 5) {
                pattern += classify(bars[i + 1].first - bars[i].first - bars[i].second);
            }
        }
        characters.push_back(pattern);
    }
    const std::vector<std::string> expected{"NWNNWNWNN", "WNNNNWNNW", "NNNWWNWNN", "WNNNNNWWN",
                                            "NWNNWNWNN"};
    EXPECT_EQ(characters, expected);
}

TEST_F(ReturnLabelPdfTest, InfoDictionaryNamesTheLabelAndProducer)
{
    const QByteArray pdf = ReturnLabelPdf(sampleFields()).render();
    EXPECT_TRUE(pdf.contains("/Title (Return label RET-1001)"));
    EXPECT_TRUE(pdf.contains("/Producer (Caseline reference back-office)"));
    EXPECT_TRUE(pdf.contains("/CreationDate (D:20261020120000Z)"));
    EXPECT_TRUE(pdf.contains("/Info 7 0 R"));

    QPdfDocument &document = load(pdf);
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    EXPECT_EQ(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
              QStringLiteral("Return label RET-1001"));
    EXPECT_EQ(document.metaData(QPdfDocument::MetaDataField::Producer).toString(),
              QStringLiteral("Caseline reference back-office"));
}

TEST_F(ReturnLabelPdfTest, NonAsciiTitleIsUtf16)
{
    ReturnLabelPdf::Fields fields = sampleFields();
    fields.returnId = "RET-Ü";
    QPdfDocument &document = load(ReturnLabelPdf(fields).render());
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    EXPECT_EQ(document.metaData(QPdfDocument::MetaDataField::Title).toString(),
              QStringLiteral("Return label RET-Ü"));
}

TEST(ReturnLabelPdfEncodingTest, ToWinAnsiMapsLatin1AndWindowsExtras)
{
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("Müller"), QByteArray("M\xFCller"));
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("Rossì"), QByteArray("Ross\xEC"));
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("49,90 €"), QByteArray("49,90 \x80"));
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("“ok” – fine…"), QByteArray("\x93ok\x94 \x96 fine\x85"));
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("Łódź"), QByteArray("?\363dz"));
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("Dvořák"), QByteArray("Dvor\xE1k"));
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("漢字 😀"), QByteArray("?? ?"));
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("a\tb\nc"), QByteArray("a b c"));
    EXPECT_EQ(ReturnLabelPdf::toWinAnsi("bad \xFF byte"), QByteArray("bad ? byte"));
}

TEST(ReturnLabelPdfEncodingTest, LiteralStringEscapesDelimitersAndHighBytes)
{
    EXPECT_EQ(ReturnLabelPdf::literalString(R"(a(b)c\d)"), QByteArray(R"((a\(b\)c\\d))"));
    EXPECT_EQ(ReturnLabelPdf::literalString("M\xFCller"), QByteArray(R"((M\374ller))"));
    EXPECT_EQ(ReturnLabelPdf::literalString(QByteArray("\n\x01", 2)), QByteArray(R"((\012\001))"));
    EXPECT_EQ(ReturnLabelPdf::literalString(""), QByteArray("()"));
}
