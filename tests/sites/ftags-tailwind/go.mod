module example.org/reef-lab

go 1.19

require github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind v0.10.0
