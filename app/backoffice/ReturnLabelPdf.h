#pragma once

#include <QByteArray>
#include <string>
#include <vector>

namespace caseline::backoffice {

// The printable label of a return authorization: a one-page A6 PDF 1.4 written by hand, because
// Qt's PDF writer lives in Qt Gui and the server must stay GUI-free. The output depends only on
// the fields (no clock, no ids), so the same return always gives byte-identical files.
class ReturnLabelPdf
{
public:
    // Texts are UTF-8. The label's fonts use WinAnsiEncoding (Windows-1252): other letters fall
    // back to their base letter when they have one (ř → r), anything else to '?'.
    struct Fields
    {
        std::string returnId;
        std::string orderId;
        std::string carrier;
        std::string trackingNumber;
        std::string customerName;
        std::vector<std::string> addressLines;
        std::string reason;
        std::string createdAt; // shown as given; an RFC 3339 value also becomes /CreationDate
        std::vector<std::string> lines;
    };

    explicit ReturnLabelPdf(Fields fields);

    const Fields &fields() const { return m_fields; }
    QByteArray render() const;

    // UTF-8 → WinAnsiEncoding bytes, one byte per character; control characters become spaces.
    static QByteArray toWinAnsi(const std::string &utf8);
    // A PDF literal string "(...)" holding exactly these bytes: \, ( and ) are escaped, and bytes
    // outside printable ASCII are written as octal escapes so the file body stays 7-bit.
    static QByteArray literalString(const QByteArray &bytes);

private:
    Fields m_fields;
};

} // namespace caseline::backoffice
