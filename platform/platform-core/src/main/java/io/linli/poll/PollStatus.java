package io.linli.poll;

/** Where a poll is in its voting window. */
public enum PollStatus {
  /** 未开始. */
  UPCOMING,
  /** 进行中: households vote and may change their vote. */
  OPEN,
  /** 已结束. */
  CLOSED
}
