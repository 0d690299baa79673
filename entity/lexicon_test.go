package entity

import "testing"

func TestUninflect(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Iraanse", "Iraans"},
		{"Russische", "Russisch"},
		{"Chinese", "Chinees"},
		{"Europese", "Europees"},
		{"Indiase", "Indiaas"},
		{"Franse", "Frans"},
		{"Duitse", "Duits"},
		{"Oekraïense", "Oekraïens"},
		{"Koreaanse", "Koreaans"},
		{"Congolese", "Congolees"},
		{"Noorse", "Noors"},
	}
	for _, tc := range tests {
		if got, ok := uninflect(tc.in); !ok || got != tc.want {
			t.Errorf("uninflect(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}
