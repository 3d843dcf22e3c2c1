/**
 * 审计日志 (audit log): sign-ins and every change of state, who made it and from where, written in the transaction of
 * the change and never changed afterwards; the tenant's admin reads it.
 */
package io.linli.audit;
