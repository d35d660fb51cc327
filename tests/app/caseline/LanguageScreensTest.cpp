// The main window in every language, rendered offscreen with a case open (the stilettos
// story: alerts, timeline, actions): every label, button, tab and column title must show its
// whole text. Screenshots go to $CASELINE_SCREENSHOT_DIR (else <build>/screenshots) as
// main-window-<language>.png for review; the README shows the Italian, German and Spanish ones.
#include "ActionDialog.h"
#include "CaseActionFlow.h"
#include "CasePane.h"
#include "ConsoleFixture.h"
#include "InterfaceLanguage.h"
#include "QueuePane.h"
#include "SupervisorConsole.h"
#include "SupervisorDashboard.h"
#include "domain/SystemClock.h"
#include "store/CaseDatabase.h"
#include "store/StaffDirectory.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>

namespace caseline::test {
namespace {

// Installed before the fixture builds the window, so every widget is made in the language.
class LanguageFirst
{
protected:
    LanguageFirst()
    {
        testApplication(); // translators need the application
        language.apply(::testing::WithParamInterface<QString>::GetParam());
    }
    ~LanguageFirst() { language.apply(QStringLiteral("en")); }
    InterfaceLanguage language;
};

class LanguageScreensTest : protected LanguageFirst,
                            public ConsoleFixture,
                            public ::testing::WithParamInterface<QString>
{
protected:
    static QString plain(QString text)
    {
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    }

    static int widest(const QFontMetrics &metrics, const QString &text)
    {
        int width = 0;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            width = std::max(width, metrics.horizontalAdvance(line));
        }
        return width;
    }

    // Every visible text in `root` that does not fit the room it is given.
    static QStringList truncated(QWidget *root)
    {
        QStringList found;
        const auto report = [&found](const QWidget *widget, const QString &text) {
            found << QStringLiteral("%1 \"%2\"")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), text);
        };
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(root) || label->text().isEmpty() || label->wordWrap() ||
                Qt::mightBeRichText(label->text())) {
                continue;
            }
            const QString text = plain(label->text());
            const int room = label->contentsRect().width() - 2 * label->margin() - label->indent();
            if (widest(label->fontMetrics(), text) > room + 1) {
                report(label, text);
            }
        }
        for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
            if (button->isVisibleTo(root) && !button->text().isEmpty() &&
                button->width() < button->sizeHint().width()) {
                report(button, plain(button->text()));
            }
        }
        for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
            // An empty field's hint; 14 px for the frame and text margins.
            if (edit->isVisibleTo(root) && edit->text().isEmpty() &&
                !edit->placeholderText().isEmpty() &&
                edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 14 >
                    edit->width()) {
                report(edit, edit->placeholderText());
            }
        }
        for (QTabBar *tabs : root->findChildren<QTabBar *>()) {
            const int space = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
            for (int i = 0; tabs->isVisibleTo(root) && i < tabs->count(); ++i) {
                const QString text = plain(tabs->tabText(i));
                int needed = tabs->fontMetrics().horizontalAdvance(text) + space;
                if (!tabs->tabIcon(i).isNull()) {
                    needed += tabs->iconSize().width() + 4;
                }
                // Too narrow, or pushed out of sight behind the scroll buttons.
                if (tabs->tabRect(i).width() < needed || tabs->tabRect(i).right() > tabs->width()) {
                    report(tabs, text);
                }
            }
        }
        for (QGroupBox *group : root->findChildren<QGroupBox *>()) {
            if (group->isVisibleTo(root) &&
                widest(group->fontMetrics(), plain(group->title())) > group->width()) {
                report(group, plain(group->title()));
            }
        }
        for (QHeaderView *header : root->findChildren<QHeaderView *>()) {
            if (!header->isVisibleTo(root) || !header->model() ||
                header->orientation() != Qt::Horizontal) {
                continue;
            }
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section)) {
                    continue;
                }
                const QString text =
                    header->model()->headerData(section, Qt::Horizontal).toString();
                // The style's margins, and room for the sort arrow where the header shows one.
                QStyle *style = header->style();
                const int room =
                    2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) +
                    (header->isSortIndicatorShown() && header->sortIndicatorSection() == section
                         ? style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                         : 0);
                if (!text.isEmpty() && header->fontMetrics().horizontalAdvance(text) + room >
                                           header->sectionSize(section)) {
                    report(header, text);
                }
            }
        }
        return found;
    }
};

TEST_P(LanguageScreensTest, TheMainWindowShowsEveryWordInFull)
{
    const QString code = GetParam();
    EXPECT_EQ(language.current(), code);
    openCaseFor("CUS-2001", "ORD-4001", "de"); // an ordinary case in the queue
    openCaseFor("CUS-1001", "ORD-1001");       // the stilettos: alerts on every system
    window->queuePane()->setCurrentKind(QueueKind::AllOpen);
    EXPECT_TRUE(waitUntil([this] { return window->queuePane()->view()->model()->rowCount() >= 2; },
                          "both cases in the queue of all open cases"));
    QCoreApplication::processEvents();

    if (code != QStringLiteral("en")) {
        // The chrome really is in the language, not English that happens to fit.
        EXPECT_NE(window->dashboardAction()->text(), QStringLiteral("Supervisor &dashboard"));
    }
    const QStringList cut = truncated(window.get());
    EXPECT_TRUE(cut.isEmpty()) << code.toStdString() << ": "
                               << cut.join(QStringLiteral("; ")).toStdString();

    const QString folder = qEnvironmentVariable("CASELINE_SCREENSHOT_DIR",
                                                QStringLiteral(CASELINE_BIN_DIR "/../screenshots"));
    QDir().mkpath(folder);
    const QString file = QDir(folder).filePath(QStringLiteral("main-window-%1.png").arg(code));
    EXPECT_TRUE(window->grab().save(file)) << file.toStdString();
}

// Every action dialog the case offers, and the supervisor dashboard, with what they load shown.
TEST_P(LanguageScreensTest, TheDialogsAndTheDashboardShowEveryWordInFull)
{
    const QString code = GetParam();
    openCaseFor("CUS-1001", "ORD-1001");
    const QString folder = qEnvironmentVariable("CASELINE_SCREENSHOT_DIR",
                                                QStringLiteral(CASELINE_BIN_DIR "/../screenshots"));
    QDir().mkpath(folder);
    const auto check = [&](QWidget *screen, const QString &name) {
        const QStringList cut = truncated(screen);
        EXPECT_TRUE(cut.isEmpty()) << code.toStdString() << ", " << name.toStdString() << ": "
                                   << cut.join(QStringLiteral("; ")).toStdString();
        const QString file = QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, code));
        EXPECT_TRUE(screen->grab().save(file)) << file.toStdString();
    };
    const auto checkDialog = [&](const char *name) {
        QAction *action = window->casePane()->caseAction(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        ASSERT_TRUE(action->isEnabled()) << name;
        action->trigger();
        QDialog *dialog = nullptr;
        ASSERT_TRUE(waitUntil(
            [&] {
                dialog = controller().actions().currentDialog();
                const auto *acting = qobject_cast<ActionDialog *>(dialog);
                return dialog != nullptr && dialog->isVisible() && (!acting || !acting->isBusy());
            },
            "the action's dialog to be ready"))
            << name;
        QCoreApplication::processEvents();
        check(dialog, QStringLiteral("dialog-%1").arg(QString::fromLatin1(name)));
        dialog->reject();
        QCoreApplication::processEvents();
    };
    for (const char *name : {"issue-return-label", "refund", "cancel-order", "replace",
                             "send-message", "add-note", "log-contact", "escalate"}) {
        checkDialog(name);
    }
    openCaseFor("CUS-1003", "ORD-3001"); // the sofa: a parcel still on its way
    checkDialog("reschedule-delivery");

    // The fixture's agent is made a supervisor by another connection; the store checks the
    // role on every read, so the dashboard is shown as a supervisor would see it.
    {
        CaseDatabase other(StoreAddress::parse(directory.file("cases.sqlite")));
        StaffDirectory(other, SystemClock())
            .save({"anna", "customer-service", StaffMember::Role::Supervisor, ""}, "setup");
    }
    SupervisorDashboard *dashboard = session->supervisor().dashboard();
    // Emptied first: a snapshot taken earlier in the same second would read the same.
    dashboard->lastUpdatedLabel()->clear();
    session->supervisor().showDashboard();
    ASSERT_TRUE(waitUntil(
        [&] {
            return dashboard->isVisible() &&
                   (!dashboard->lastUpdatedLabel()->text().isEmpty() || dashboard->messageShown());
        },
        "a fresh dashboard snapshot or a message", std::chrono::seconds(60)))
        << "visible " << dashboard->isVisible() << ", message \""
        << dashboard->messageText().toStdString() << "\"";
    EXPECT_FALSE(dashboard->messageShown()) << dashboard->messageText().toStdString();
    dashboard->resize(1280, 820);
    QCoreApplication::processEvents();
    check(dashboard, QStringLiteral("supervisor-dashboard"));
}

INSTANTIATE_TEST_SUITE_P(Languages, LanguageScreensTest,
                         ::testing::Values(QStringLiteral("it"), QStringLiteral("de"),
                                           QStringLiteral("es"), QStringLiteral("fr"),
                                           QStringLiteral("en")),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });

} // namespace
} // namespace caseline::test
