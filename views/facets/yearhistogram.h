#pragma once

#include <QWidget>

class FieldFacetModel;

// The year facet as a compact histogram strip: one bar per year of the corpus, its height the
// current results of that year (the model's live counts), the chosen range highlighted. Keyboard:
// Left/Right move the cursor, Shift+Left/Right extend a range from where it started, Home/End jump,
// Enter applies the cursor's range, Esc or Backspace clears the year filter. Mouse: click a bar for
// one year, drag across bars for a range. It only asks (rangeRequested, clearRequested).
class YearHistogram : public QWidget
{
    Q_OBJECT

public:
    explicit YearHistogram(FieldFacetModel *model, QWidget *parent = nullptr);

    // The bars' years under the keyboard cursor and its anchor, as first..last (0 without bars).
    int cursorFirstYear() const;
    int cursorLastYear() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rangeRequested(int first, int last);
    void clearRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int barAt(int x) const;
    QRect barsRect() const;
    int yearOf(int bar) const;
    void moveCursor(int bar, bool extend);
    void updateAccessibleText();

    FieldFacetModel *m_model;
    int m_cursor = -1;
    int m_anchor = -1;
    bool m_dragging = false;
};
