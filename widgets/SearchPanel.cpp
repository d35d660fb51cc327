#include "SearchPanel.h"

#include "MessageBar.h"
#include "itemmodels/CustomerSearchModel.h"

#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace caseline {

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_box(new QLineEdit(this))
    , m_note(new MessageBar(this))
    , m_results(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_box->setPlaceholderText(tr("Search order, e-mail, phone, tracking or name (Ctrl+K)"));
    m_box->setClearButtonEnabled(true);
    m_box->setAccessibleName(tr("Search customers and cases"));
    layout->addWidget(m_box);
    m_note->setAccessibleName(tr("Search results"));
    m_note->setCloseButtonVisible(false);
    layout->addWidget(m_note);
    m_results->setHeaderHidden(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_results, 1);

    m_pause.setSingleShot(true);
    m_pause.setInterval(250); // search when the agent pauses, not on every key
    connect(&m_pause, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(m_box->text()); });
    connect(m_box, &QLineEdit::textEdited, this, [this] { m_pause.start(); });
    connect(m_box, &QLineEdit::returnPressed, this, [this] {
        m_pause.stop();
        Q_EMIT searchRequested(m_box->text());
    });
    connect(m_results, &QTreeView::activated, this, &SearchPanel::activated);
    present();
}

void SearchPanel::setModel(QAbstractItemModel *results)
{
    m_results->setModel(results);
    if (!results) {
        return;
    }
    connect(results, &QAbstractItemModel::modelReset, this, [this] {
        m_results->expandAll();
        present();
    });
}

void SearchPanel::focusSearch()
{
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

void SearchPanel::setQuery(const QString &text)
{
    m_box->setText(text);
    m_pause.stop();
    Q_EMIT searchRequested(text);
}

void SearchPanel::setSearching(bool searching)
{
    m_searching = searching;
    if (searching) {
        m_problem.clear();
    }
    present();
}

void SearchPanel::showProblem(const QString &problem)
{
    m_problem = problem;
    present();
}

void SearchPanel::present()
{
    const QAbstractItemModel *results = m_results->model();
    const bool any = results && results->rowCount() > 0;
    const bool asked = !m_box->text().trimmed().isEmpty();
    QString note;
    MessageBar::State state = MessageBar::State::Info;
    if (m_searching) {
        note = tr("Searching…");
    } else if (!m_problem.isEmpty()) {
        note = m_problem;
        state = MessageBar::State::Error;
    } else if (asked && !any) {
        note = tr("Nothing found for \"%1\".").arg(m_box->text().trimmed());
    }
    m_note->showMessage(note, state);
    m_results->setVisible(any);
}

void SearchPanel::activated(const QModelIndex &index)
{
    const QString kind = index.data(CustomerSearchModel::KindRole).toString();
    if (kind == QLatin1String("case")) {
        Q_EMIT caseChosen(index.data(CustomerSearchModel::CaseIdRole).toLongLong());
    } else {
        Q_EMIT newCaseRequested(index.data(CustomerSearchModel::CustomerIdRole).toString(),
                                index.data(CustomerSearchModel::OrderIdRole).toString());
    }
}

} // namespace caseline
