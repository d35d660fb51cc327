#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QPrinter>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace caseline {

class MessageBar;

// Shows a PDF (a return label) and prints it. Keeps the bytes and the buffer the document
// reads from alive as long as the document shows them.
class LabelPreview : public QWidget
{
    Q_OBJECT

public:
    explicit LabelPreview(QWidget *parent = nullptr);

    // False (and a message in place of the pages) when the bytes are no readable PDF.
    bool showPdf(const QByteArray &pdf);
    void showError(const QString &reason);

    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    QPushButton *printButton() const { return m_print; }
    // The pages shown, or why there is no label.
    QString statusText() const;
    MessageBar *problemBar() const { return m_problem; }
    // Row of buttons next to Print, for what the caller does with the label.
    void addButton(QPushButton *button);

    // Opens the print dialog (non-blocking); prints on accept.
    void print();
    // Draws every page onto the printer, scaled to the printable area.
    bool printTo(QPrinter *printer) const;

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_status = nullptr;
    MessageBar *m_problem = nullptr;
    QPushButton *m_print = nullptr;
    QPrinter m_printer;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace caseline
