package io.linli.identity;

import io.linli.api.TenantId;

/** What someone typed to sign in. {@code tenant} is null for the operator. */
public record Credentials(AccountKind kind, TenantId tenant, String username, char[] password) {}
