package io.linli.notice;

import io.linli.community.Household;
import io.linli.identity.SignedInUser;
import java.util.List;

/** Saved filters over households (客户分群) that a notice can go to; the resident profile provides them. */
public interface Segments {

  /** A filter with the households it matches now. */
  record Segment(long id, String name, List<Household> households) {}

  /**
   * @return the filter with the households it matches among those the person works with
   * @throws java.util.NoSuchElementException when it is not the company's, or the person may not use it
   */
  Segment resolve(SignedInUser user, long filterId);
}
