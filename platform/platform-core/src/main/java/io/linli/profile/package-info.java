/**
 * 客户画像: a household's tags — by rule from its tickets, ratings and contacts (常报修, 满意度低, 不活跃, 流失风险) and
 * set by staff — its special-care flags (独居老人, 孕妇, 残障人士) for the roles allowed to see them, and saved filters
 * over households (客户分群) that notices can be sent to.
 */
package io.linli.profile;
