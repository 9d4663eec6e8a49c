#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QTest>

// The embedded application icon is an SVG: it must render (so the SVG plugins are present) at any size.
class TestResources : public QObject
{
    Q_OBJECT

private slots:
    void appIcon_rendersAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 32, 64, 256})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void appIcon_rendersAtEverySize()
    {
        QFETCH(int, size);
        const QIcon icon(QStringLiteral(":/icons/io.github.skimmer.Skimmer.svg"));
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // Transparent corners, an opaque body: it really was drawn.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
