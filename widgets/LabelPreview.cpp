#include "LabelPreview.h"

#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace caseline {

LabelPreview::LabelPreview(QWidget *parent)
    : QWidget(parent)
    , m_printer(QPrinter::HighResolution)
{
    setAccessibleName(tr("Label preview"));
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setAccessibleName(tr("Label"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    m_view->setMinimumHeight(260);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Label status"));
    m_problem = new MessageBar(this);
    m_problem->setAccessibleName(tr("Label status"));
    m_problem->setCloseButtonVisible(false);

    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setAccessibleName(tr("Print the label"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(
        tr("Print the label (%1)")
            .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    m_print->setEnabled(false);
    m_print->setAutoDefault(false);
    connect(m_print, &QPushButton::clicked, this, &LabelPreview::print);

    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_status, 1);
    m_buttons->addWidget(m_print);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addLayout(m_buttons);
}

bool LabelPreview::showPdf(const QByteArray &pdf)
{
    m_document->close();
    m_buffer.close();
    m_bytes = pdf;
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    const bool ok =
        m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
    if (!ok) {
        showError(tr("the label is not a readable PDF"));
        return false;
    }
    m_problem->showMessage(QString(), MessageBar::State::Error);
    m_status->setText(tr("%n page(s)", nullptr, m_document->pageCount()));
    m_print->setEnabled(true);
    return true;
}

void LabelPreview::showError(const QString &reason)
{
    m_print->setEnabled(false);
    m_status->clear();
    m_problem->showMessage(tr("No label: %1").arg(reason), MessageBar::State::Error);
}

QString LabelPreview::statusText() const
{
    return m_problem->isHidden() ? m_status->text() : m_problem->text();
}

void LabelPreview::addButton(QPushButton *button)
{
    button->setAutoDefault(false);
    m_buttons->addWidget(button);
}

void LabelPreview::print()
{
    auto *dialog = new QPrintDialog(&m_printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinMax(1, m_document->pageCount());
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted) {
            printTo(&m_printer);
        }
    });
    dialog->open();
}

bool LabelPreview::printTo(QPrinter *printer) const
{
    if (m_document->pageCount() < 1) {
        return false;
    }
    QPainter painter;
    if (!painter.begin(printer)) {
        return false;
    }
    const QRect area = painter.viewport();
    int first = 0;
    int last = m_document->pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = std::clamp(printer->fromPage() - 1, 0, last);
        last = std::clamp(printer->toPage() - 1, first, last);
    }
    for (int page = first; page <= last; ++page) {
        if (page > first) {
            printer->newPage();
        }
        const QSize size =
            m_document->pagePointSize(page).toSize().scaled(area.size(), Qt::KeepAspectRatio);
        const QImage image = m_document->render(page, size);
        painter.drawImage(QRect(area.topLeft(), size), image);
    }
    return painter.end();
}

} // namespace caseline
