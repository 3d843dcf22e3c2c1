package io.linli.web.ui;

import io.linli.identity.AccountKind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a view as open only to signed-in accounts of one kind; others are sent to that kind's sign-in page. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForAccount {
  AccountKind value();
}
