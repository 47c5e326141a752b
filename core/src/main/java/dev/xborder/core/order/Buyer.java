package dev.xborder.core.order;

/**
 * The buyer, as far as an order needs: a name and an e-mail, both optional (platforms often mask
 * them). Personal data: xborder never logs it.
 */
public record Buyer(String name, String email) {
    public Buyer {
        name = name == null || name.isBlank() ? null : name.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }

    @Override
    public String toString() {
        return "Buyer[redacted]";
    }
}
