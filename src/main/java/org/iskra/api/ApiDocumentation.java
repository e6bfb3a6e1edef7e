package org.iskra.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated OpenAPI description ({@code /api/openapi.json}) says about the APIs as a
 * whole: their title and the two ways to authenticate, which the controllers then require.
 */
@Configuration
@OpenAPIDefinition(
    info =
        @Info(
            title = "Iskra Content and Admin APIs",
            version = "1",
            description =
                "Errors are RFC 9457 problem details (application/problem+json); see the README."))
@SecurityScheme(
    name = ApiDocumentation.CONTENT_KEY,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.QUERY,
    paramName = "key",
    description = "A content API key, as ?key= or as the header Authorization: Key …")
@SecurityScheme(
    name = ApiDocumentation.ADMIN_TOKEN,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A personal Admin API token from the desk (API tokens)")
class ApiDocumentation {

  static final String CONTENT_KEY = "contentKey";
  static final String ADMIN_TOKEN = "adminToken";
}
