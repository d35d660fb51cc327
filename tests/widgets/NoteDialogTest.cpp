#include "NoteDialog.h"

#include "DialogTesting.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;

TEST(NoteDialog, RefusesAnEmptyNoteAndSendsAWrittenOne)
{
    application();
    NoteDialog dialog;
    std::vector<QString> notes;
    QObject::connect(&dialog, &NoteDialog::noteRequested,
                     [&](const QString &text) { notes.push_back(text); });
    showActive(&dialog);

    dialog.textEdit()->setFocus();
    typeText(dialog.textEdit(), QStringLiteral("   "));
    keyClick(dialog.textEdit(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Write the note first."));
    EXPECT_TRUE(notes.empty());

    typeText(dialog.textEdit(), QStringLiteral("Customer will be home after 18:00 "));
    keyClick(dialog.textEdit(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes.front(), QStringLiteral("Customer will be home after 18:00"));
    EXPECT_TRUE(dialog.messageText().isEmpty());

    dialog.setBusy(QStringLiteral("Saving the note…"));
    EXPECT_FALSE(dialog.textEdit()->isEnabled());
    dialog.showOutcome(true, QStringLiteral("Note saved"));
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Success);
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("note-saved"));
    keyClick(dialog.closeButton(), Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}

TEST(NoteDialog, TabWalksFromTheTextToSendAndClose)
{
    application();
    NoteDialog dialog;
    showActive(&dialog);
    dialog.textEdit()->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), dialog.textEdit());
    keyClick(dialog.textEdit(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog.sendButton());
    keyClick(dialog.sendButton(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), dialog.closeButton());
    EXPECT_FALSE(dialog.textEdit()->accessibleName().isEmpty());
}
