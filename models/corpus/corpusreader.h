#pragma once

#include "corpus/filereader.h"

#include "corpus/corpusparser.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>

class QFile;
class QIODevice;

// The one entry point for opening a corpus: unwraps gzip, decides the format from the content
// (not the file name) unless one is forced, and hands the bytes to that format's reader — the
// native parser, arXiv JSON lines, BibTeX, RIS, CSL-JSON or OpenReview notes. A file that is none
// of them is refused with a message naming every format tried.
class CorpusReader
{
public:
    enum class Format { Auto, Native, Arxiv, Bibtex, Ris, CslJson, OpenReview };

    struct Options : CorpusParser::Options
    {
        Format format = Format::Auto;
    };

    static CorpusParser::Result readFile(const QString &path) { return readFile(path, Options()); }
    static CorpusParser::Result readFile(const QString &path, const Options &options);
    static CorpusParser::Result read(const QByteArray &data, const QString &name) { return read(data, name, Options()); }
    static CorpusParser::Result read(const QByteArray &data, const QString &name, const Options &options);

    // The format of (uncompressed) content from its first bytes; Native when none of the others fits.
    static Format detect(QByteArrayView head);

    // Command-line names: native, arxiv, bibtex, ris, csl-json, openreview.
    static QStringList formatNames();
    static QString formatName(Format format);
    static std::optional<Format> formatFromName(const QString &name);
    // How messages name a format ("BibTeX", "arXiv JSON lines", …).
    static QString displayName(Format format);

private:
    static CorpusParser::Result readFileUnguarded(const QString &path, const Options &options);
    static CorpusParser::Result readFailure(const QString &path, const FileReader::Read &read);
    static CorpusParser::Result dispatch(QIODevice &in, QFile *plain, const QString &name, const Options &options,
                                         qint64 size);
};
