#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QKeyEvent;
class QLabel;
class SafeTextBrowser;

// The triage page: a progress line and the order over one paper in large type (a SafeTextBrowser:
// corpus text is escaped before it gets here), with the key legend underneath. It takes the focus
// and turns its single keys into commands; Up/Down/PageUp/PageDown/Space scroll the paper.
class TriageView : public QWidget
{
    Q_OBJECT

public:
    enum class Command { Keep, ChooseKeepList, Skip, Star, NotRelevant, File, Undo, Next, Previous, First, Last, ToggleOrder, Leave };
    Q_ENUM(Command)

    explicit TriageView(QWidget *parent = nullptr);

    // The command a key stands for in triage, if any.
    static std::optional<Command> commandFor(const QKeyEvent &event);

    void setPaperHtml(const QString &html);
    void setProgress(const QString &text);
    void setKeepList(const QString &name); // empty: K asks for one
    void setOrderNote(const QString &text);
    QComboBox *orderBox() const { return m_order; }
    SafeTextBrowser *browser() const { return m_browser; }
    QString progressText() const;
    QString legendText() const;

signals:
    void commandRequested(TriageView::Command command);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateLegend();
    void scrollBy(int steps, bool page);

    QLabel *m_progress;
    QComboBox *m_order;
    QLabel *m_orderNote;
    SafeTextBrowser *m_browser;
    QLabel *m_legend;
    QString m_keepList;
};
