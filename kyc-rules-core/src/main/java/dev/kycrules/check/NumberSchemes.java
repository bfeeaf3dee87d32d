package dev.kycrules.check;

import dev.kycrules.model.DocumentType;
import java.util.HashMap;
import java.util.Map;

/** Finds the number scheme for an issuing country and document type. Immutable, thread-safe. */
public final class NumberSchemes {
  private static final NumberScheme FALLBACK = new AnyNumber();
  private final Map<String, NumberScheme> byKey;

  private NumberSchemes(Map<String, NumberScheme> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /**
   * The schemes the library ships: CN resident ID, HK identity card, TW national ID (also resident
   * certificates), SG NRIC (FIN for residence permits), IN Aadhaar, BR CPF, ES DNI (NIE for
   * residence permits), all as {@link DocumentType#NATIONAL_ID} unless noted.
   */
  public static NumberSchemes defaults() {
    Map<String, NumberScheme> m = new HashMap<>();
    m.put(key("CN", DocumentType.NATIONAL_ID), new ChineseResidentId());
    m.put(key("HK", DocumentType.NATIONAL_ID), new HongKongId());
    m.put(key("TW", DocumentType.NATIONAL_ID), new TaiwanId());
    m.put(key("TW", DocumentType.RESIDENCE_PERMIT), new TaiwanId());
    m.put(key("SG", DocumentType.NATIONAL_ID), SingaporeId.nric());
    m.put(key("SG", DocumentType.RESIDENCE_PERMIT), SingaporeId.fin());
    m.put(key("IN", DocumentType.NATIONAL_ID), new Aadhaar());
    m.put(key("BR", DocumentType.NATIONAL_ID), new BrazilCpf());
    m.put(key("ES", DocumentType.NATIONAL_ID), SpainId.dni());
    m.put(key("ES", DocumentType.RESIDENCE_PERMIT), SpainId.nie());
    return new NumberSchemes(m);
  }

  /** The scheme for this document; a generic alphanumeric scheme when none is registered. */
  public NumberScheme forDocument(String country, DocumentType type) {
    return byKey.getOrDefault(key(country, type), FALLBACK);
  }

  private static String key(String country, DocumentType type) {
    return country + "/" + type.name();
  }
}
