/**
 * 投票 / 意见征集: polls of one project's households — one ballot per household, cast by an owner and changeable
 * until the poll closes — counted by headcount and by floor area against the participation and approval thresholds
 * stored on each poll (Civil Code art. 278 by default).
 */
package io.linli.poll;
