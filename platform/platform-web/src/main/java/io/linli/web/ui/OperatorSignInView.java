package io.linli.web.ui;

import com.vaadin.flow.router.Route;
import io.linli.identity.AccountKind;
import io.linli.identity.SignInService;
import jakarta.inject.Inject;

/** 运营登录: the SaaS operator, who belongs to no company. */
@Route("operator/login")
public class OperatorSignInView extends SignInView {
  @Inject
  public OperatorSignInView(SignInService signIn) {
    super(signIn, AccountKind.OPERATOR, "signin.operator.title", "signin.username");
  }
}
