package io.linli.knowledge;

/** Not the caller's to do with the knowledge base: writing is for staff writers, 这解决了我的问题 for residents. */
public class KnowledgeForbidden extends RuntimeException {

  public KnowledgeForbidden(String message) {
    super(message);
  }
}
