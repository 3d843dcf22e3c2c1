package io.linli.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of one tenant's published articles, searched in Chinese: SmartChineseAnalyzer segments
 * words (停车费怎么交 → 停车 费 怎么 交), so word order and wording need not match the article; BM25 ranks, the
 * question counting three times the answer and keywords twice. Immutable once built, and safe to search from many
 * threads; a change means building a new one.
 */
public final class KnowledgeIndex {

  /** What the index holds of an article; the answer as plain text. */
  public record Entry(long id, String question, String answer, String keywords) {}

  /** A match: the article's id, its BM25 score and a piece of the answer around the first word found. */
  public record Hit(long id, float score, String snippet) {}

  static final int SNIPPET = 60;
  private static final String ID = "id";
  private static final String QUESTION = "question";
  private static final String ANSWER = "answer";
  private static final String KEYWORDS = "keywords";
  /**
   * A single character counts less than a word: smartcn leaves the parts it cannot place as single characters (交,
   * 费, 卡), and an article repeating one of them must not outrank the one with the word asked for (停车费).
   */
  private static final float SINGLE_CHARACTER = 0.3f;
  private static final Map<String, Float> BOOSTS = Map.of(QUESTION, 3f, KEYWORDS, 2f, ANSWER, 1f);

  /**
   * Words that only make a text a question (怎么, 如何, 吗 …): left in, "停车费怎么交" would rank "物业费怎么交" over
   * "停车费如何缴纳". On top of smartcn's own stop set (punctuation).
   */
  static final List<String> QUESTION_WORDS = List.of("怎么", "怎么办", "怎样", "如何", "什么", "为什么", "哪里", "哪儿",
      "哪个", "吗", "呢", "吧", "啊", "呀", "了", "的", "地", "得", "是", "我", "我家", "我们", "你", "你们", "您",
      "请问", "有", "在", "要", "想", "能", "可以", "一下", "谁");

  /** One analyzer for every index: it is thread-safe and loads its dictionary (a few MB) once. */
  private static final Analyzer ANALYZER = analyzer();

  private final IndexSearcher searcher;
  private final Map<Long, String> answers;

  private KnowledgeIndex(IndexSearcher searcher, Map<Long, String> answers) {
    this.searcher = searcher;
    this.answers = answers;
  }

  private static Analyzer analyzer() {
    CharArraySet stopWords = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
    stopWords.addAll(QUESTION_WORDS);
    return new SmartChineseAnalyzer(stopWords);
  }

  public static KnowledgeIndex of(List<Entry> entries) {
    // the reader is never closed: a search may still run on it after it is replaced, and a ByteBuffersDirectory
    // holds nothing but heap, which goes with the last reference
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(ANALYZER).setSimilarity(new BM25Similarity());
    Map<Long, String> answers = new java.util.HashMap<>();
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Entry entry : entries) {
        Document document = new Document();
        document.add(new StoredField(ID, entry.id()));
        document.add(new TextField(QUESTION, entry.question(), Field.Store.NO));
        document.add(new TextField(ANSWER, entry.answer(), Field.Store.NO));
        document.add(new TextField(KEYWORDS, entry.keywords(), Field.Store.NO));
        writer.addDocument(document);
        answers.put(entry.id(), entry.answer());
      }
      writer.commit();
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
      searcher.setSimilarity(new BM25Similarity());
      return new KnowledgeIndex(searcher, Map.copyOf(answers));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: not expected
    }
  }

  /**
   * @param text what the owner typed, taken as plain words: query syntax such as {@code "(*} or AND is no syntax here
   * @return the best matches first, at most {@code limit}
   */
  public List<Hit> search(String text, int limit) {
    Query query = query(text);
    if (query == null || limit < 1) {
      return List.of();
    }
    try {
      List<Hit> hits = new ArrayList<>();
      Set<String> words = words(text);
      for (ScoreDoc match : searcher.search(query, limit).scoreDocs) {
        long id = searcher.storedFields().document(match.doc).getField(ID).numericValue().longValue();
        hits.add(new Hit(id, match.score, snippet(answers.get(id), words)));
      }
      return hits;
    } catch (TooManyClauses e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query query(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    // lower case, so that AND / OR / NOT are words; escaped, so that every other character is one
    String plain = QueryParser.escape(text.strip().toLowerCase(Locale.ROOT));
    try {
      return new MultiFieldQueryParser(new String[] {QUESTION, KEYWORDS, ANSWER}, ANALYZER, BOOSTS) {
        @Override
        protected Query newTermQuery(Term term, float boost) {
          Query word = super.newTermQuery(term, boost);
          boolean character = term.text().codePointCount(0, term.text().length()) == 1;
          return character ? new BoostQuery(word, SINGLE_CHARACTER) : word;
        }
      }.parse(plain);
    } catch (ParseException e) {
      return null;
    }
  }

  /** @return the words the analyzer makes of a text, in order */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    try (TokenStream tokens = ANALYZER.tokenStream(ANSWER, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** @return up to {@link #SNIPPET} characters of the answer, starting a little before the first word found */
  static String snippet(String answer, Set<String> words) {
    String lower = answer.toLowerCase(Locale.ROOT);
    int at = words.stream().filter(w -> w.length() > 1).mapToInt(lower::indexOf).filter(i -> i >= 0).min()
        .orElse(0);
    int start = Math.max(0, at - 10);
    int end = Math.min(answer.length(), start + SNIPPET);
    return (start > 0 ? "…" : "") + answer.substring(start, end).strip() + (end < answer.length() ? "…" : "");
  }
}
