package io.linli.ledger;

/** How staff were in touch with a household. */
public enum ContactKind {
  /** 电话沟通 */
  PHONE_CALL,
  /** 上门走访 */
  HOME_VISIT,
  /** 来访面谈: the owner came to the service centre */
  FACE_TO_FACE,
  /** 微信/短信 */
  MESSAGE,
  /** 座谈会: a meeting with several households or the committee */
  MEETING
}
