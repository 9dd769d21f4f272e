package testbed

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"time"
)

// testCA is the bed's own certificate authority. The golang stand-in
// trusts it, so a test can serve HTTPS on a loopback port (a private
// module proxy that asks for credentials, which go sends over HTTPS only)
// and builds reach it as they would a public server. It lives in the
// cache directory, so the stand-in that trusts it is built once.
type testCA struct {
	dir  string // holds ca.crt (what images trust) and ca.key
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

// loadTestCA reads the CA under cacheDir, making it the first time.
func loadTestCA(cacheDir string) (*testCA, error) {
	dir := filepath.Join(cacheDir, "test-ca")
	certPEM, err := os.ReadFile(filepath.Join(dir, "ca.crt"))
	if errors.Is(err, os.ErrNotExist) {
		if err := makeTestCA(dir); err != nil {
			return nil, err
		}
		certPEM, err = os.ReadFile(filepath.Join(dir, "ca.crt"))
	}
	if err != nil {
		return nil, err
	}
	keyPEM, err := os.ReadFile(filepath.Join(dir, "ca.key"))
	if err != nil {
		return nil, err
	}
	cb, _ := pem.Decode(certPEM)
	kb, _ := pem.Decode(keyPEM)
	if cb == nil || kb == nil {
		return nil, fmt.Errorf("%s: not PEM; remove the directory to make a new CA", dir)
	}
	cert, err := x509.ParseCertificate(cb.Bytes)
	if err != nil {
		return nil, err
	}
	key, err := x509.ParseECPrivateKey(kb.Bytes)
	if err != nil {
		return nil, err
	}
	return &testCA{dir: dir, cert: cert, key: key}, nil
}

// makeTestCA writes a new CA into dir, atomically: a half-written CA
// would be trusted by a stand-in and never match its key.
func makeTestCA(dir string) error {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "slimfront test bed CA"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().AddDate(20, 0, 0),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return err
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "test-ca-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, "ca.crt"), pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "ca.key"), pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil && !errors.Is(err, os.ErrExist) {
		return err
	}
	return nil
}

// hash fingerprints the CA certificate, for stand-in cache keys; "none"
// for a bed without one.
func (ca *testCA) hash() string {
	if ca == nil {
		return "none"
	}
	sum := sha256.Sum256(ca.cert.Raw)
	return hex.EncodeToString(sum[:6])
}

// serverConfig is a TLS config for a server on the loopback addresses,
// with a certificate the CA signs.
func (ca *testCA) serverConfig() (*tls.Config, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(time.Now().UnixNano()),
		Subject:      pkix.Name{CommonName: "localhost"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		DNSNames:     []string{"localhost"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}}, nil
}

// ServerTLS is a TLS config for an HTTPS server on 127.0.0.1 whose
// certificate the golang stand-in trusts.
func (b *Bed) ServerTLS() (*tls.Config, error) {
	if b.testCA == nil {
		return nil, errors.New("the bed has no test CA")
	}
	return b.testCA.serverConfig()
}
