#include "ReturnLabelPdf.h"

#include "domain/Rfc3339.h"

#include <QString>
#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <utility>

namespace caseline::backoffice {

namespace {

// A6 portrait (105 x 148 mm) in points: the usual size of a parcel label.
constexpr double pageWidth = 297.64;
constexpr double pageHeight = 419.53;
constexpr double margin = 18.0;
constexpr double valueX = margin + 58.0;
constexpr double barcodeBottom = 34.0;
constexpr double barcodeHeight = 54.0;
// Body rows stop here so they never run into the barcode.
constexpr double bodyFloor = barcodeBottom + barcodeHeight + 10.0;

constexpr const char *regularFont = "F1";
constexpr const char *boldFont = "F2";
constexpr double labelSize = 7.0;
constexpr double valueSize = 9.5;
constexpr double rowAdvance = 12.0;
constexpr double sectionGap = 7.0;

// Unicode code points of Windows-1252 bytes 0x80..0x9F; 0 marks the five unassigned bytes.
constexpr std::array<char16_t, 32> winAnsiHighHalf{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Helvetica advance widths (1/1000 em) of ASCII 32..126, from the font's standard metrics. They
// only drive line wrapping and centring, so approximations are fine for the other bytes.
// clang-format off
constexpr std::array<short, 95> helveticaWidths{
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // ' '../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556,                               // 0..9
    278, 278, 584, 584, 584, 556, 1015,                                             // :..@
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,                // A..M
    722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,                // N..Z
    278, 278, 278, 469, 556, 333,                                                   // [..`
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,                // a..m
    556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,                // n..z
    334, 260, 334, 584};                                                            // {..~
// clang-format on

std::optional<char> winAnsiByte(char32_t codePoint)
{
    if ((codePoint >= 0x20 && codePoint < 0x7F) || (codePoint >= 0xA0 && codePoint <= 0xFF)) {
        return static_cast<char>(codePoint);
    }
    for (std::size_t i = 0; i < winAnsiHighHalf.size(); ++i) {
        if (winAnsiHighHalf[i] != 0 && winAnsiHighHalf[i] == codePoint) {
            return static_cast<char>(0x80 + i);
        }
    }
    return std::nullopt;
}

char encodeCodePoint(char32_t codePoint)
{
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
        return ' '; // tabs and line breaks inside a field must not break the layout
    }
    if (const auto byte = winAnsiByte(codePoint)) {
        return *byte;
    }
    // Letters with diacritics outside Latin-1 (ř, ő, Č) are still readable as their base letter.
    const QString decomposed =
        QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_D);
    if (!decomposed.isEmpty() && decomposed.at(0).unicode() != codePoint) {
        if (const auto base = winAnsiByte(decomposed.at(0).unicode())) {
            return *base;
        }
    }
    return '?';
}

double glyphWidth(unsigned char byte)
{
    if (byte >= 32 && byte <= 126) {
        return helveticaWidths[byte - 32];
    }
    switch (byte) {
    case 0x85: // …
    case 0x89: // ‰
    case 0x8C: // Œ
    case 0x97: // —
    case 0x99: // ™
    case 0x9C: // œ
    case 0xC6: // Æ
        return 1000;
    default:
        // Accented capitals as wide as the widest plain ones, the rest like lower-case.
        return byte >= 0xC0 && byte <= 0xDE ? 778 : 556;
    }
}

double textWidth(const QByteArray &text, double size, bool bold)
{
    double units = 0;
    for (const char c : text) {
        units += glyphWidth(static_cast<unsigned char>(c));
    }
    // Helvetica-Bold is slightly wider; overestimating keeps wrapped text inside the page.
    return units * size / 1000.0 * (bold ? 1.08 : 1.0);
}

// Greedy word wrap; a word longer than the line is cut wherever it has to be.
std::vector<QByteArray> wrap(const QByteArray &text, double size, double maxWidth)
{
    std::vector<QByteArray> lines;
    QByteArray current;
    for (const QByteArray &word : text.split(' ')) {
        if (word.isEmpty()) {
            continue;
        }
        const QByteArray candidate = current.isEmpty() ? word : current + ' ' + word;
        if (textWidth(candidate, size, false) <= maxWidth) {
            current = candidate;
            continue;
        }
        if (!current.isEmpty()) {
            lines.push_back(current);
            current.clear();
        }
        for (const char c : word) {
            if (!current.isEmpty() && textWidth(current + c, size, false) > maxWidth) {
                lines.push_back(current);
                current.clear();
            }
            current += c;
        }
    }
    if (!current.isEmpty() || lines.empty()) {
        lines.push_back(current);
    }
    return lines;
}

// Coordinates with at most two decimals and a '.' whatever the locale.
QByteArray number(double value)
{
    QByteArray text = QByteArray::number(value, 'f', 2);
    while (text.endsWith('0')) {
        text.chop(1);
    }
    if (text.endsWith('.')) {
        text.chop(1);
    }
    return text == "-0" ? QByteArray("0") : text;
}

void showText(QByteArray &stream, const char *font, double size, double x, double y,
              const QByteArray &winAnsi)
{
    stream += "BT /" + QByteArray(font) + ' ' + number(size) + " Tf 1 0 0 1 " + number(x) + ' ' +
              number(y) + " Tm " + ReturnLabelPdf::literalString(winAnsi) + " Tj ET\n";
}

void drawRule(QByteArray &stream, double y)
{
    stream += "0.6 w " + number(margin) + ' ' + number(y) + " m " + number(pageWidth - margin) +
              ' ' + number(y) + " l S\n";
}

// Code 39: every character is 5 bars and 4 spaces, 3 of the 9 wide. The bars follow a 2-of-5
// pattern given by the character's place in its group of ten; the one wide space names the group.
constexpr std::array<const char *, 4> code39Groups{"1234567890", "ABCDEFGHIJ", "KLMNOPQRST",
                                                   "UVWXYZ-. *"};
constexpr std::array<int, 4> code39WideSpace{1, 2, 3, 0};
constexpr std::array<const char *, 10> code39Bars{"10001", "01001", "11000", "00101", "10100",
                                                  "01100", "00011", "10010", "01010", "00110"};
// Wide elements are 3 narrow modules; a character is 6 narrow + 3 wide + the gap after it.
constexpr int code39Wide = 3;
constexpr int code39ModulesPerCharacter = 6 + 3 * code39Wide + 1;

// Element widths (in narrow modules) of one character: bar, space, bar, ... , bar.
std::array<int, 9> code39Elements(char c)
{
    for (std::size_t group = 0; group < code39Groups.size(); ++group) {
        const QByteArray members(code39Groups[group]);
        const qsizetype index = members.indexOf(c);
        if (index < 0) {
            continue;
        }
        std::array<int, 9> elements{};
        for (int bar = 0; bar < 5; ++bar) {
            elements[static_cast<std::size_t>(bar * 2)] =
                code39Bars[static_cast<std::size_t>(index)][bar] == '1' ? code39Wide : 1;
        }
        for (int space = 0; space < 4; ++space) {
            elements[static_cast<std::size_t>(space * 2 + 1)] =
                space == code39WideSpace[group] ? code39Wide : 1;
        }
        return elements;
    }
    return code39Elements('-');
}

// Code 39 knows upper-case letters, digits and "-. "; anything else becomes '-' so the barcode
// is always drawable, and '*' is reserved for the start/stop characters.
QByteArray code39Text(const std::string &trackingNumber)
{
    QByteArray text = "*";
    for (const char c : QByteArray::fromStdString(trackingNumber).toUpper()) {
        const bool known =
            (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-' || c == '.' || c == ' ';
        text += known ? c : '-';
    }
    return text + '*';
}

void drawBarcode(QByteArray &stream, const std::string &trackingNumber)
{
    const QByteArray text = code39Text(trackingNumber);
    const double available = pageWidth - 2 * margin;
    const auto modules = static_cast<double>(text.size() * code39ModulesPerCharacter - 1);
    const double module = std::min(1.2, available / modules);
    double x = margin + (available - modules * module) / 2;
    stream += "0 g\n";
    for (const char c : text) {
        const std::array<int, 9> elements = code39Elements(c);
        for (std::size_t i = 0; i < elements.size(); ++i) {
            const double width = elements[i] * module;
            if (i % 2 == 0) {
                stream += number(x) + ' ' + number(barcodeBottom) + ' ' + number(width) + ' ' +
                          number(barcodeHeight) + " re\n";
            }
            x += width;
        }
        x += module;
    }
    stream += "f\n";
}

// One line of the label body: an optional bold caption in the left column and a value.
struct BodyRow
{
    QByteArray caption;
    QByteArray value;
    double gapBefore = 0; // a section starts: extra space and a rule
};

// maxLines bounds each value, so one long text cannot push the others off the label.
void addSection(std::vector<BodyRow> &rows, const char *caption,
                const std::vector<std::string> &values, double gapBefore,
                const QByteArray &bullet = {}, std::size_t maxLines = 3)
{
    const double width = pageWidth - margin - valueX;
    bool first = true;
    for (const std::string &value : values) {
        std::vector<QByteArray> wrapped =
            wrap(bullet + ReturnLabelPdf::toWinAnsi(value), valueSize, width);
        if (wrapped.size() > maxLines) {
            wrapped.resize(maxLines);
            QByteArray &last = wrapped.back();
            while (!last.isEmpty() && textWidth(last + "\x85", valueSize, false) > width) {
                last.chop(1);
            }
            last += '\x85'; // …
        }
        for (std::size_t i = 0; i < wrapped.size(); ++i) {
            // Continuation lines of a bulleted item line up with its text, not its bullet.
            const QByteArray indent = i > 0 && !bullet.isEmpty() ? QByteArray("   ") : QByteArray();
            rows.push_back({first ? QByteArray(caption) : QByteArray(), indent + wrapped[i],
                            first ? gapBefore : 0});
            first = false;
        }
    }
}

QByteArray pageContent(const ReturnLabelPdf::Fields &fields)
{
    QByteArray stream;
    const double titleY = pageHeight - margin - 14;
    showText(stream, boldFont, 16, margin, titleY, "RETURN");
    // The carrier is repeated large for the counter clerk, if it fits beside the title.
    const QByteArray carrier = ReturnLabelPdf::toWinAnsi(fields.carrier);
    const double carrierX = pageWidth - margin - textWidth(carrier, 16, true);
    if (carrierX > margin + textWidth("RETURN", 16, true) + 12) {
        showText(stream, boldFont, 16, carrierX, titleY, carrier);
    }
    drawRule(stream, titleY - 8);

    std::vector<BodyRow> rows;
    // The identifiers sit directly under the title rule; later sections get a rule of their own.
    addSection(rows, "RETURN", {fields.returnId}, 0);
    addSection(rows, "ORDER", {fields.orderId}, 0);
    addSection(rows, "CARRIER", {fields.carrier}, 0);
    addSection(rows, "TRACKING", {fields.trackingNumber}, 0);
    addSection(rows, "CREATED", {fields.createdAt}, 0);
    std::vector<std::string> sender{fields.customerName};
    sender.insert(sender.end(), fields.addressLines.begin(), fields.addressLines.end());
    addSection(rows, "FROM", sender, sectionGap);
    if (!fields.reason.empty()) {
        addSection(rows, "REASON", {fields.reason}, sectionGap);
    }
    addSection(rows, "ITEMS", fields.lines, sectionGap, "\x95 ");

    double y = titleY - 8;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const BodyRow &row = rows[i];
        const double next = y - row.gapBefore - rowAdvance;
        const bool last = i + 1 == rows.size();
        // Keep room for the notice line unless everything left fits.
        if (next < bodyFloor || (!last && next - rowAdvance < bodyFloor)) {
            const QByteArray notice =
                "\x85 " + QByteArray::number(rows.size() - i) + " more line(s) not shown";
            showText(stream, regularFont, labelSize, valueX, y - rowAdvance, notice);
            break;
        }
        if (row.gapBefore > 0) {
            drawRule(stream, y - row.gapBefore / 2);
        }
        y = next;
        if (!row.caption.isEmpty()) {
            showText(stream, boldFont, labelSize, margin, y, row.caption);
        }
        if (!row.value.isEmpty()) {
            showText(stream, regularFont, valueSize, valueX, y, row.value);
        }
    }

    drawBarcode(stream, fields.trackingNumber);
    const QByteArray tracking = ReturnLabelPdf::toWinAnsi(fields.trackingNumber);
    showText(stream, regularFont, 10, (pageWidth - textWidth(tracking, 10, false)) / 2,
             barcodeBottom - 13, tracking);
    return stream;
}

// Document information strings are PDF text strings: ASCII as is, anything else UTF-16BE.
QByteArray textString(const std::string &utf8)
{
    const QString text = QString::fromStdString(utf8);
    bool ascii = true;
    for (const QChar c : text) {
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7F;
    }
    if (ascii) {
        return ReturnLabelPdf::literalString(text.toLatin1());
    }
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        utf16 += static_cast<char>(c.unicode() >> 8);
        utf16 += static_cast<char>(c.unicode() & 0xFF);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray infoDictionary(const ReturnLabelPdf::Fields &fields)
{
    QByteArray info = "<< /Title " + textString("Return label " + fields.returnId) + " /Subject " +
                      textString("Return " + fields.returnId + " of order " + fields.orderId +
                                 ", " + fields.carrier + " " + fields.trackingNumber) +
                      " /Producer " + textString("Caseline reference back-office");
    // The return's own time, not the rendering time, keeps the file reproducible.
    if (const auto created = Rfc3339::parse(fields.createdAt)) {
        info += " /CreationDate " +
                ReturnLabelPdf::literalString(
                    "D:" + created->toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z');
    }
    return info + " >>";
}

} // namespace

ReturnLabelPdf::ReturnLabelPdf(Fields fields)
    : m_fields(std::move(fields))
{
}

QByteArray ReturnLabelPdf::toWinAnsi(const std::string &utf8)
{
    QByteArray bytes;
    // Invalid UTF-8 decodes to U+FFFD, which ends up as '?'.
    for (const char32_t codePoint : QString::fromStdString(utf8).toUcs4()) {
        bytes += encodeCodePoint(codePoint);
    }
    return bytes;
}

QByteArray ReturnLabelPdf::literalString(const QByteArray &bytes)
{
    QByteArray literal = "(";
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\\' || c == '(' || c == ')') {
            literal += '\\';
            literal += c;
        } else if (byte < 0x20 || byte >= 0x7F) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\%03o", static_cast<unsigned>(byte));
            literal += escaped;
        } else {
            literal += c;
        }
    }
    return literal + ')';
}

QByteArray ReturnLabelPdf::render() const
{
    const QByteArray content = pageContent(m_fields);
    const std::vector<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(pageWidth) + ' ' +
            number(pageHeight) +
            "] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        infoDictionary(m_fields),
    };

    // The second line's high bytes tell transfer tools to treat the file as binary.
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<qsizetype> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(static_cast<qulonglong>(i + 1)) + " 0 obj\n" + objects[i] +
               "\nendobj\n";
    }
    const qsizetype xrefOffset = pdf.size();
    const QByteArray size = QByteArray::number(static_cast<qulonglong>(objects.size() + 1));
    pdf += "xref\n0 " + size + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        // Each entry is exactly 20 bytes, ending in space + line feed as the format requires.
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010lld 00000 n \n", static_cast<long long>(offset));
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + size + " /Root 1 0 R /Info 7 0 R >>\nstartxref\n" +
           QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return pdf;
}

} // namespace caseline::backoffice
