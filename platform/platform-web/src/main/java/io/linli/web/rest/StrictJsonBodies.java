package io.linli.web.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body must be UTF-8 (RFC 8259) and at most {@value #MAX_BYTES} bytes: invalid bytes are a 400 rather than
 * text silently stored with replacement characters, a larger body a 413 before it is parsed.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

  static final int MAX_BYTES = 2 * 1024 * 1024;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().endsWith("json")) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      throw new WebApplicationException("the body is larger than " + MAX_BYTES / 1024 / 1024 + " MB",
          Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      throw new BadRequestException("the body is not valid UTF-8");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }
}
